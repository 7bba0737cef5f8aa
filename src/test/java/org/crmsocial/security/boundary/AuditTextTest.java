package org.crmsocial.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crmsocial.platform.control.AuditAction;
import org.crmsocial.platform.control.AuditDetail;
import org.crmsocial.platform.control.AuditField;
import org.crmsocial.platform.control.AuditReason;
import org.crmsocial.platform.control.PersonName;
import org.crmsocial.platform.control.Translated;
import org.crmsocial.platform.entity.AuditEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

// issue 19 point 22: the audit log in words, in the reader's language, with before → after
class AuditTextTest {

  private static final Properties EN = bundle("messages.properties");
  private static final Properties JA = bundle("messages_ja.properties");
  private static final OffsetDateTime T = OffsetDateTime.parse("2026-12-04T01:00:00Z");

  private static Properties bundle(String file) {
    Properties p = new Properties();
    try (InputStream in = AuditTextTest.class.getResourceAsStream("/org/crmsocial/i18n/" + file)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /** Both files have their own, non-blank text for {@code key} (Japanese is not English). */
  private static void hasEnglishAndJapanese(String key) {
    assertThat(EN.getProperty(key)).as("English text of " + key).isNotBlank();
    assertThat(JA.getProperty(key)).as("Japanese text of " + key).isNotBlank();
    assertThat(JA.getProperty(key)).as("Japanese text of " + key).isNotEqualTo(EN.getProperty(key));
  }

  @ParameterizedTest
  @EnumSource(AuditAction.class)
  void everyActionHasASentenceInBothLanguagesThatNamesItsTarget(AuditAction action) {
    hasEnglishAndJapanese(action.sentenceKey());
    String target = "Twitter O'Hara {x} (42)";
    assertThat(AuditText.sentence(action.code(), target, Locale.ENGLISH))
        .contains(target)
        .doesNotContain(action.code());
    assertThat(AuditText.sentence(action.code(), target, Locale.JAPANESE))
        .contains(target)
        .doesNotContain(action.code());
  }

  @ParameterizedTest
  @EnumSource(AuditField.class)
  void everyFieldHasALabelInBothLanguages(AuditField field) {
    assertThat(EN.getProperty(field.labelKey())).as(field.labelKey()).isNotBlank();
    assertThat(JA.getProperty(field.labelKey())).as(field.labelKey()).isNotBlank();
  }

  @ParameterizedTest
  @EnumSource(AuditReason.class)
  void everyReasonHasTextInBothLanguages(AuditReason reason) {
    hasEnglishAndJapanese(reason.text().key());
  }

  @Test
  void everyValueWordHasTextInBothLanguages() {
    for (String key :
        List.of(
            AuditText.NONE,
            "audit.value.yes",
            "audit.value.no",
            "audit.language.en",
            "audit.language.ja")) {
      hasEnglishAndJapanese(key);
    }
  }

  /**
   * Every action code src/main records is one of {@link AuditAction} (whose texts the tests above
   * check): the log is written only through AuditLog.record(AuditAction, …), and no code is built
   * from strings elsewhere.
   */
  @Test
  void everyActionCodeUsedInTheProductHasText() throws IOException {
    List<String> offenders = new ArrayList<>();
    Pattern record = Pattern.compile("audit\\.record\\(\\s*\"");
    Pattern code = Pattern.compile("AuditAction\\.([A-Z_]+)");
    List<String> used = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        if (record.matcher(source).find()) {
          offenders.add(file + ": audit.record with a string code");
        }
        if (source.contains("new AuditEntry(") && !file.endsWith("AuditLog.java")) {
          offenders.add(file + ": writes an AuditEntry itself");
        }
        Matcher m = code.matcher(source);
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    assertThat(offenders).isEmpty();
    assertThat(used).isNotEmpty();
    for (String name : used) {
      hasEnglishAndJapanese(AuditAction.valueOf(name).sentenceKey());
    }
  }

  private static Map<AuditField, Object> profile(String name, boolean manageSocial) {
    Map<AuditField, Object> p = new LinkedHashMap<>();
    p.put(AuditField.NAME, name);
    p.put(AuditField.ADMINISTRATIVE, false);
    p.put(AuditField.MANAGE_SOCIAL, manageSocial);
    return p;
  }

  @Test
  void aChangeShowsEachChangedFieldBeforeAndAfterInTheReadersLanguage() {
    String detail =
        AuditDetail.of().changed(profile("Standard", false), profile("Sales", true)).encode();
    AuditEntry entry =
        new AuditEntry(T, 1L, "admin@x", AuditAction.PROFILE_UPDATE.code(), "Sales", detail);

    AuditText.Line en = AuditText.of(entry, Locale.ENGLISH);
    assertThat(en.sentence()).isEqualTo("Changed the profile Sales");
    assertThat(en.details()).containsExactly("Name: Standard → Sales", "Manage Social: no → yes");
    assertThat(en.code()).isEqualTo("profile.update");

    AuditText.Line ja = AuditText.of(entry, Locale.JAPANESE);
    assertThat(ja.sentence()).isEqualTo("プロファイル Sales を変更しました");
    assertThat(ja.details()).containsExactly("名前: Standard → Sales", "ソーシャルの管理: いいえ → はい");
    // the stored entry keeps the codes for export
    assertThat(entry.getDetail())
        .contains("\"field\":\"manageSocial\"", "\"before\":false", "\"after\":true")
        .doesNotContain("administrative");
  }

  @Test
  void valuesAreTranslatedNamedInTheReadersOrderOrNone() {
    String detail =
        AuditDetail.of()
            .changed(
                AuditField.ACTIONS,
                List.of(new Translated("social.action.VIEW")),
                List.of(
                    new Translated("social.action.VIEW"), new Translated("social.action.REPLY")))
            .changed(AuditField.LEAD, null, new AuditDetail.Named(new PersonName("Ken", "Ito"), 7))
            .changed(AuditField.CONTACT, new AuditDetail.Named(new PersonName("太郎", "山田"), 8), null)
            .set(AuditField.REASON, AuditReason.NO_PAGE.text())
            .set(AuditField.SCOPES, List.of())
            .set(AuditField.FAILED_SIGN_INS, 5)
            .encode();
    assertThat(AuditText.details(detail, Locale.ENGLISH))
        .containsExactly(
            "Actions: View → View, Reply",
            "Lead: (none) → Ken Ito (#7)",
            "Contact: 山田 太郎 (#8) → (none)",
            "Reason: the account has no page to add",
            "Permissions granted: (none)",
            "Failed sign-ins: 5");
    assertThat(AuditText.details(detail, Locale.JAPANESE))
        .containsExactly(
            "操作: 表示 → 表示, 返信",
            "見込み客: （なし） → Ito Ken（#7）",
            "連絡先: 山田 太郎（#8） → （なし）",
            "理由: 追加できるページがアカウントにない",
            "許可された権限: （なし）",
            "サインインの失敗回数: 5");
  }

  @Test
  void anUnchangedFieldIsNotListedAndNothingChangedIsEmpty() {
    assertThat(AuditDetail.of().changed(profile("A", true), profile("A", true)).isEmpty()).isTrue();
    assertThat(AuditDetail.of().encode()).isNull();
    assertThat(AuditText.details(null, Locale.ENGLISH)).isEmpty();
  }

  @Test
  void anEntryStoredBeforeTheLogHadFieldsShowsAsItWas() {
    assertThat(AuditText.details("name=Standard, administrative=false", Locale.ENGLISH))
        .containsExactly("name=Standard, administrative=false");
    assertThat(AuditText.details("{\"fields\":[{\"field\":\"name\",\"val", Locale.ENGLISH))
        .hasSize(1);
    assertThat(AuditText.sentence("some.unknown.code", "X", Locale.ENGLISH))
        .isEqualTo("some.unknown.code: X");
  }

  @Test
  void textFromUsersAndNetworksIsKeptAsText() {
    String detail =
        AuditDetail.of(AuditField.NETWORK_ERROR, "<b>token expired</b> {0} 'x'").encode();
    assertThat(AuditText.details(detail, Locale.ENGLISH))
        .containsExactly("Network said: <b>token expired</b> {0} 'x'");
  }
}
