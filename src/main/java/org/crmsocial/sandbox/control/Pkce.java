package org.crmsocial.sandbox.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** Proof Key for Code Exchange (RFC 7636): checks a {@code code_verifier} against its challenge. */
public final class Pkce {

  private Pkce() {}

  /** The S256 challenge of a verifier: base64url, no padding, of its SHA-256. */
  public static String s256(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Whether the verifier matches the challenge of the authorization request. A verifier must be 43
   * to 128 unreserved characters; method {@code S256} (the default here) or {@code plain}.
   */
  public static boolean verify(String verifier, String challenge, String method) {
    if (verifier == null || challenge == null || !wellFormed(verifier)) {
      return false;
    }
    String expected = "plain".equals(method) ? verifier : s256(verifier);
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII),
        challenge.getBytes(StandardCharsets.US_ASCII));
  }

  private static boolean wellFormed(String verifier) {
    if (verifier.length() < 43 || verifier.length() > 128) {
      return false;
    }
    for (int i = 0; i < verifier.length(); i++) {
      char c = verifier.charAt(i);
      boolean ok =
          (c >= 'A' && c <= 'Z')
              || (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '.'
              || c == '_'
              || c == '~';
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
