package org.crmsocial.platform.control;

import java.io.Serializable;
import java.lang.Character.UnicodeScript;
import java.util.Locale;
import java.util.Set;

/**
 * A person's given and family name, and the one rule that decides how it is shown: family name
 * first for a reader of a language that writes names so (Japanese, Chinese, Korean) and for a name
 * written in a CJK script whatever the reader's language ({@code 山田 太郎}, never {@code 太郎 山田});
 * given name first otherwise ({@code Ken Ito}). A missing part leaves the other alone; blanks
 * around the parts are ignored. Every page, message and audit entry that shows a lead's, contact's
 * or person's name goes through {@link #shown(Locale)}.
 *
 * @param given the given (first) name, may be null or blank
 * @param family the family (last) name, may be null or blank
 */
public record PersonName(String given, String family) implements Serializable {

  /** Languages whose readers write every name family name first. */
  private static final Set<String> FAMILY_FIRST_LANGUAGES = Set.of("ja", "zh", "ko");

  private static final Set<UnicodeScript> FAMILY_FIRST_SCRIPTS =
      Set.of(
          UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA, UnicodeScript.HANGUL);

  public PersonName {
    given = clean(given);
    family = clean(family);
  }

  /** The name as {@code reader} reads it; empty when both parts are missing. */
  public String shown(Locale reader) {
    if (given.isEmpty() || family.isEmpty()) {
      return given.isEmpty() ? family : given;
    }
    return familyFirst(reader) ? family + " " + given : given + " " + family;
  }

  /** Whether {@code reader} sees this name family name first. */
  public boolean familyFirst(Locale reader) {
    return (reader != null && FAMILY_FIRST_LANGUAGES.contains(reader.getLanguage()))
        || writtenFamilyFirst(given)
        || writtenFamilyFirst(family);
  }

  /** Whether {@code text} has a letter of a script whose names are written family name first. */
  public static boolean writtenFamilyFirst(String text) {
    return text != null
        && text.codePoints().mapToObj(UnicodeScript::of).anyMatch(FAMILY_FIRST_SCRIPTS::contains);
  }

  /** Blanks (including the ideographic space) around the part removed; null becomes empty. */
  private static String clean(String part) {
    return part == null ? "" : part.replace('\u3000', ' ').strip();
  }
}
