package org.crmsocial.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crmsocial.crm.entity.LeadStatus;
import org.crmsocial.crm.entity.RecordSource;
import org.crmsocial.security.entity.Edition;
import org.junit.jupiter.api.Test;

/**
 * Every text a page or a message asks for exists in English and Japanese, so no page ever shows
 * {@code ???key???} and no refusal shows Faces' technical text (missing keys).
 */
class MessageKeysTest {

  static final Path I18N = Path.of("src/main/resources/org/crmsocial/i18n");
  static final Pattern PAGE_KEY = Pattern.compile("msg\\['([a-zA-Z0-9_.]+)'\\]");
  static final Pattern CODE_KEY =
      Pattern.compile(
          "(?:Messages\\.(?:error|info|text)|new (?:RuleViolation|AccessDenied|NotFound))"
              + "\\(\\s*(?:[a-zA-Z.]+,\\s*)?\"([a-z]+\\.[a-zA-Z0-9_.]+)\"");
  static final Pattern VALIDATION_KEY = Pattern.compile("message\\s*=\\s*\"\\{([^}]+)\\}\"");

  @Test
  void everyKeyAPageOrAMessageUsesIsInBothLanguages() throws IOException { // missing keys
    Set<String> used = new TreeSet<>();
    collect(Path.of("src/main/webapp"), ".xhtml", PAGE_KEY, used);
    collect(Path.of("src/main/java"), ".java", CODE_KEY, used);
    for (LeadStatus s : LeadStatus.values()) {
      used.add("crm.status." + s.name());
    }
    for (RecordSource s : RecordSource.values()) {
      used.add("crm.source." + s.name());
    }
    for (String answer : new String[] {"COMMENT", "REPLY", "MESSAGE_REPLY", "DM_REPLY"}) {
      used.add("social.stream.answer.to." + answer);
    }
    for (Edition e : Edition.values()) {
      used.add("platform.edition." + e.name());
    }
    assertThat(used).hasSizeGreaterThan(200);
    for (String bundle : new String[] {"messages.properties", "messages_ja.properties"}) {
      Properties texts = load(I18N.resolve(bundle));
      assertThat(used.stream().filter(k -> !texts.containsKey(k)).toList())
          .as("keys missing from " + bundle)
          .isEmpty();
    }
  }

  @Test
  void bothLanguagesHaveTheSameKeysAndNoPlaceholderText() throws IOException {
    for (String base : new String[] {"messages", "faces"}) {
      Properties en = load(I18N.resolve(base + ".properties"));
      Properties ja = load(I18N.resolve(base + "_ja.properties"));
      assertThat(ja.keySet()).as(base).isEqualTo(en.keySet());
      Stream.concat(en.values().stream(), ja.values().stream())
          .forEach(v -> assertThat((String) v).doesNotContain("???").isNotBlank());
    }
  }

  @Test
  void everyBeanValidationMessageIsInBothLanguages() throws IOException { // missing keys
    Set<String> used = new TreeSet<>();
    collect(Path.of("src/main/java"), ".java", VALIDATION_KEY, used);
    assertThat(used).contains("crm.validation.lastNameRequired");
    for (String bundle :
        new String[] {"ValidationMessages.properties", "ValidationMessages_ja.properties"}) {
      Properties texts = load(Path.of("src/main/resources", bundle));
      assertThat(used.stream().filter(k -> !texts.containsKey(k)).toList()).as(bundle).isEmpty();
    }
  }

  @Test
  void everyOfFacesOwnMessagesIsInPlainWordsInBothLanguages() throws IOException { // converters
    Properties standard = new Properties();
    try (InputStream in =
        jakarta.faces.application.FacesMessage.class.getResourceAsStream(
            "/jakarta/faces/Messages.properties")) {
      assertThat(in).as("Faces' standard messages on the class path").isNotNull();
      standard.load(in);
    }
    for (String bundle : new String[] {"faces.properties", "faces_ja.properties"}) {
      Properties ours = load(I18N.resolve(bundle));
      for (String key : standard.stringPropertyNames()) {
        assertThat(ours).as(bundle).containsKey(key);
        if (!key.equals("jakarta.faces.validator.BeanValidator.MESSAGE")) {
          String detail = key.endsWith("_detail") ? key : key + "_detail";
          assertThat(ours).as(bundle).containsKey(detail);
          assertThat(ours.getProperty(key)).as(key).doesNotContain("must be convertible");
        }
      }
    }
  }

  private static void collect(Path root, String suffix, Pattern pattern, Set<String> into)
      throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
        Matcher m = pattern.matcher(Files.readString(file));
        while (m.find()) {
          into.add(m.group(1));
        }
      }
    }
  }

  private static Properties load(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return p;
  }
}
