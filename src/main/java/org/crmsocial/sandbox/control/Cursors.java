package org.crmsocial.sandbox.control;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.OptionalLong;

/**
 * The opaque paging cursors of each network, all wrapping an item id (exclusive bound of the next
 * page): Facebook's base64 {@code after}/{@code before}, Twitter's lower-case {@code next_token},
 * Google's {@code pageToken}. Decoding a cursor that this class did not make gives empty, which the
 * resources answer as the network's invalid-parameter error.
 */
public final class Cursors {

  private static final String FACEBOOK_PREFIX = "QVFI";
  private static final String TWITTER_PREFIX = "7140";
  private static final String GOOGLE_PREFIX = "CAIQ";

  private Cursors() {}

  /** Facebook's cursor for an id. */
  public static String facebook(long id) {
    return FACEBOOK_PREFIX
        + Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(("sbx" + id).getBytes(StandardCharsets.US_ASCII));
  }

  /** The id inside a Facebook cursor. */
  public static OptionalLong fromFacebook(String cursor) {
    if (cursor == null || !cursor.startsWith(FACEBOOK_PREFIX)) {
      return OptionalLong.empty();
    }
    try {
      String inner =
          new String(
              Base64.getUrlDecoder().decode(cursor.substring(FACEBOOK_PREFIX.length())),
              StandardCharsets.US_ASCII);
      return inner.startsWith("sbx") ? parse(inner.substring(3), 10) : OptionalLong.empty();
    } catch (IllegalArgumentException e) {
      return OptionalLong.empty();
    }
  }

  /** Twitter's {@code next_token} for an id. */
  public static String twitter(long id) {
    return TWITTER_PREFIX + Long.toString(id, 36);
  }

  /** The id inside a Twitter token. */
  public static OptionalLong fromTwitter(String token) {
    if (token == null || !token.startsWith(TWITTER_PREFIX)) {
      return OptionalLong.empty();
    }
    return parse(token.substring(TWITTER_PREFIX.length()), 36);
  }

  /** Google's {@code nextPageToken} for an id. */
  public static String google(long id) {
    return GOOGLE_PREFIX + Long.toString(id, 36).toUpperCase(java.util.Locale.ROOT);
  }

  /** The id inside a Google page token. */
  public static OptionalLong fromGoogle(String token) {
    if (token == null || !token.startsWith(GOOGLE_PREFIX)) {
      return OptionalLong.empty();
    }
    return parse(token.substring(GOOGLE_PREFIX.length()), 36);
  }

  private static OptionalLong parse(String digits, int radix) {
    if (digits.isEmpty()) {
      return OptionalLong.empty();
    }
    try {
      long id = Long.parseLong(digits, radix);
      return id > 0 ? OptionalLong.of(id) : OptionalLong.empty();
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
}
