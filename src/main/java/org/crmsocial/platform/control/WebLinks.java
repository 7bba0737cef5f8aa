package org.crmsocial.platform.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Which addresses from a network a page may link to: absolute http or https ones only (never {@code
 * javascript:}, {@code data:} or a relative path, which would run or resolve on our own origin),
 * and the host a link card names. The rule of {@link NetworkHtml}'s links, for the links a page
 * builds itself.
 */
public final class WebLinks {

  private WebLinks() {}

  /** Whether {@code url} is an absolute http or https address, which a page may link to. */
  public static boolean linkable(String url) {
    return host(url) != null;
  }

  /** The host of an http(s) {@code url}, without {@code www.}; null for anything else. */
  public static String host(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        return null;
      }
      String host = uri.getHost().toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
