package org.crmsocial.social.stream.control;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tweet's length as Twitter counts it (twitter-text v3 configuration, S-12): the text is NFC
 * normalised; code points in the Latin, Greek, Cyrillic, Hebrew, Arabic, Devanagari, Thai and other
 * ranges below U+1100 and some punctuation weigh 1, every other code point (CJK, kana, Hangul,
 * emoji) weighs 2; an emoji sequence (ZWJ, variation selector, skin tone) counts as one emoji;
 * every URL counts as 23 whatever its length. The limit is 280.
 */
public final class TweetLength {

  /** Twitter's limit, in weighted characters. */
  public static final int MAX = 280;

  /** What t.co makes of any URL. */
  public static final int URL_LENGTH = 23;

  private static final Pattern URL =
      Pattern.compile(
          "(?i)\\b(?:https?://[^\\s<>\"]+|www\\.[^\\s<>\"]+|[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.(?:com|net|org|jp|co|io|dev|info|biz|example)(?:/[^\\s<>\"]*)?)");

  private TweetLength() {}

  /** The weighted length of {@code text}; 0 for null. */
  public static int of(String text) {
    if (text == null || text.isEmpty()) {
      return 0;
    }
    String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
    int weight = 0;
    int from = 0;
    Matcher url = URL.matcher(normalized);
    while (url.find()) {
      weight += weightOf(normalized, from, url.start());
      weight += URL_LENGTH;
      from = url.end();
    }
    return weight + weightOf(normalized, from, normalized.length());
  }

  /** How many weighted characters are left; negative when over the limit. */
  public static int remaining(String text) {
    return MAX - of(text);
  }

  /** Whether {@code text} fits a tweet (it may be blank; blank is refused elsewhere). */
  public static boolean fits(String text) {
    return of(text) <= MAX;
  }

  private static int weightOf(String text, int from, int to) {
    int weight = 0;
    boolean inEmoji = false;
    for (int i = from; i < to; ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (inEmoji && (cp == 0x200D || cp == 0xFE0F || (cp >= 0x1F3FB && cp <= 0x1F3FF))) {
        if (cp == 0x200D && i < to && isEmoji(text.codePointAt(i))) {
          i += Character.charCount(text.codePointAt(i)); // the joined emoji is part of this one
        }
        continue;
      }
      inEmoji = isEmoji(cp);
      weight += inEmoji ? 2 : weightOf(cp);
    }
    return weight;
  }

  /** twitter-text v3 ranges of weight 100 (one character); everything else weighs 200. */
  static int weightOf(int cp) {
    boolean light =
        cp <= 0x10FF
            || (cp >= 0x2000 && cp <= 0x200D)
            || (cp >= 0x2010 && cp <= 0x201F)
            || (cp >= 0x2032 && cp <= 0x2037);
    return light ? 1 : 2;
  }

  private static boolean isEmoji(int cp) {
    return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF);
  }
}
