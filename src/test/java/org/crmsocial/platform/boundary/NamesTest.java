package org.crmsocial.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.crmsocial.platform.control.PersonName;
import org.junit.jupiter.api.Test;

class NamesTest {

  @Test // issue 19 point 23: one wording for hidden senders
  void aSenderTheNetworkHidesHasOneWordingInBothLanguages() {
    assertThat(Names.sender(null)).isEqualTo("(sender hidden by the network)");
    assertThat(Names.sender("  ")).isEqualTo("(sender hidden by the network)");
    assertThat(Names.sender("Emily Clark")).isEqualTo("Emily Clark");
    assertThat(Names.sender("@emily")).isEqualTo("@emily");
    assertThat(Messages.text(Locale.JAPANESE, Names.HIDDEN_SENDER)).isEqualTo("（送信者はネットワークにより非表示）");
  }

  @Test // issue 19 point 23: the Social tab and the Social Interactions list use the one wording
  void everyPageShowingASenderUsesTheOneFunction() throws Exception {
    Path includes = Path.of("src/main/webapp/WEB-INF/includes/social");
    String stream = Files.readString(includes.resolve("stream-item.xhtml"));
    String record = Files.readString(includes.resolve("record-social.xhtml"));
    assertThat(stream).contains("crm:sender(item.authorName())");
    assertThat(record).contains("crm:sender(row.authorLabel())");
    // no page reads an author's label raw, nor keeps a wording of its own
    try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
      pages
          .filter(p -> p.toString().endsWith(".xhtml"))
          .forEach(
              p -> {
                String page = read(p);
                assertThat(page)
                    .as(p.toString())
                    .doesNotContain("unknownAuthor")
                    .doesNotContainPattern(": row\\.authorLabel\\(\\)")
                    .doesNotContainPattern("value=\"#\\{item\\.authorName\\(\\)\\}\"");
              });
    }
  }

  @Test // issue 19 point 19: no page composes a name from its parts
  void noPageComposesARecordsNameFromItsParts() throws Exception {
    try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
      pages
          .filter(p -> p.toString().endsWith(".xhtml"))
          .forEach(
              p ->
                  assertThat(read(p))
                      .as(p.toString())
                      .doesNotContainPattern("lastName\\}\\s*#\\{[^}]*firstName")
                      .doesNotContainPattern("firstName\\}\\s*#\\{[^}]*lastName")
                      .doesNotContain("fullName"));
    }
    assertThat(Names.shown(new PersonName("Ken", "Ito"))).isEqualTo("Ken Ito");
    assertThat(Names.shown(null)).isEmpty();
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
