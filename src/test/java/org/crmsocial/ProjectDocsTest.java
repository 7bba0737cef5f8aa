package org.crmsocial;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The project is readable on its own (issue 19, point 25): what README and {@code docs/} refer to
 * is in the clone, every rule S-1 … S-29 has its line, and every configuration key the product
 * reads is documented.
 */
class ProjectDocsTest {

  private static final Path ROOT = Path.of("").toAbsolutePath();
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");
  private static final Pattern MD_MENTION = Pattern.compile("`([\\w./-]+\\.md)`");
  private static final Pattern KEY = Pattern.compile("\"(crmsocial\\.[a-z0-9.\\-]+)\"");

  // readable alone
  @Test
  void everyFileTheDocsReferToIsInTheClone() {
    List<String> missing = new ArrayList<>();
    for (Path doc : docs()) {
      String text = read(doc);
      assertThat(text).as(doc + " refers outside the project").doesNotContain("../shared");
      collect(LINK.matcher(text), doc, missing);
      collect(MD_MENTION.matcher(text), doc, missing);
    }
    assertThat(missing).as("files referred to but not in the clone").isEmpty();
  }

  // readable alone: S-1 … S-29 in one line each
  @Test
  void everyRuleHasItsLine() {
    String rules = read(ROOT.resolve("docs/rules.md"));
    for (int n = 1; n <= 29; n++) {
      assertThat(rules).as("docs/rules.md names S-" + n).containsPattern("\\n\\| S-" + n + " \\|");
    }
  }

  // readable alone: configuration keys
  @Test
  void everyConfigurationKeyIsDocumented() throws IOException {
    String configuration = read(ROOT.resolve("docs/configuration.md"));
    TreeSet<String> undocumented = new TreeSet<>();
    try (Stream<Path> sources = Files.walk(ROOT.resolve("src/main/java"))) {
      sources
          .filter(p -> p.toString().endsWith(".java"))
          .forEach(
              source -> {
                Matcher m = KEY.matcher(read(source));
                while (m.find()) {
                  if (!configuration.contains("`" + m.group(1) + "`")) {
                    undocumented.add(m.group(1));
                  }
                }
              });
    }
    assertThat(undocumented)
        .as("keys read by the product but not in docs/configuration.md")
        .isEmpty();
  }

  private static void collect(Matcher m, Path doc, List<String> missing) {
    while (m.find()) {
      String target = m.group(1);
      if (target.contains("://") || target.startsWith("mailto:")) {
        continue;
      }
      Path resolved = doc.getParent().resolve(target).normalize();
      if (!Files.exists(resolved) && !Files.exists(ROOT.resolve("docs").resolve(target))) {
        missing.add(ROOT.relativize(doc) + " → " + target);
      }
    }
  }

  private static List<Path> docs() {
    List<Path> docs = new ArrayList<>(List.of(ROOT.resolve("README.md")));
    try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
      files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return docs;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
