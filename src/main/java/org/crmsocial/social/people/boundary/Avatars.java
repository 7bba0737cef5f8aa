package org.crmsocial.social.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import org.crmsocial.platform.control.ImagePolicy;

/** What a person's avatar shows ({@code <crm:avatar>}): initials, and a picture where allowed. */
@Named
@ApplicationScoped
public class Avatars {

  @Inject ImagePolicy images;

  /** Whether the page shows the picture at {@code url} (https, on an allowed image host). */
  public boolean shows(String url) {
    return images.allows(url);
  }

  /**
   * Up to two initials of a name: the first letters of its first and last words ("Emily Clark"
   * gives EC, "@acme_jp" gives A); a name in Chinese, Japanese or Korean script gives its first
   * character (山田 太郎 gives 山). Nothing for a name without a letter.
   */
  public String initials(String name) {
    return initialsOf(name);
  }

  static String initialsOf(String name) {
    if (name == null) {
      return "";
    }
    String[] words = name.strip().replaceAll("[^\\p{L}\\p{N}\\s]", " ").strip().split("\\s+");
    if (words.length == 0 || words[0].isEmpty()) {
      return "";
    }
    int first = words[0].codePointAt(0);
    if (isCjk(first)) {
      return new String(Character.toChars(first));
    }
    StringBuilder initials = new StringBuilder().appendCodePoint(first);
    if (words.length > 1) {
      initials.appendCodePoint(words[words.length - 1].codePointAt(0));
    }
    return initials.toString().toUpperCase(Locale.ROOT);
  }

  private static boolean isCjk(int codePoint) {
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }
}
