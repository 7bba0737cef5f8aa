package org.crmsocial.sandbox.boundary;

/**
 * Reads the token a client sent: {@code Authorization: Bearer …} (or Facebook's {@code OAuth …}).
 */
final class Bearer {

  private Bearer() {}

  /** The token of an Authorization header, or null. */
  static String of(String authorization) {
    if (authorization == null) {
      return null;
    }
    String a = authorization.trim();
    for (String scheme : new String[] {"Bearer ", "OAuth "}) {
      if (a.regionMatches(true, 0, scheme, 0, scheme.length())) {
        String v = a.substring(scheme.length()).trim();
        return v.isEmpty() ? null : v;
      }
    }
    return null;
  }
}
