package org.crmsocial.social.provider.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

/** Keeps tokens, codes and client secrets out of messages: the only text that leaves a client. */
final class Secrets {

  static final String MASK = "[redacted]";

  private Secrets() {}

  /**
   * The text with every occurrence of each secret replaced by {@value #MASK}. Secrets shorter than
   * 4 characters are left alone (they would mask ordinary words, and no real token is that short).
   */
  static String scrub(String text, Collection<String> secrets) {
    if (text == null || secrets == null) {
      return text;
    }
    String result = text;
    for (String secret : secrets) {
      if (secret != null && secret.length() >= 4) {
        result = result.replace(secret, MASK);
        result = result.replace(URLEncoder.encode(secret, StandardCharsets.UTF_8), MASK);
      }
    }
    return result;
  }
}
