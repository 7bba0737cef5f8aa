package org.crmsocial.platform.boundary;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Whether a page may show a picture from a network: only from the hosts the page's
 * Content-Security-Policy {@code img-src} is to allow (the networks' own image hosts), and only
 * over https. One place, so that it can follow the policy when the policy lists its hosts; a
 * picture it refuses is simply not shown (a link card shows its title and host instead).
 */
public final class ImageHosts {

  /** The networks' image hosts: these and their subdomains. */
  static final List<String> ALLOWED =
      List.of("fbcdn.net", "facebook.com", "twimg.com", "googleusercontent.com");

  private ImageHosts() {}

  /** Whether {@code url} is an https address on an allowed host. */
  public static boolean allows(String url) {
    String host = httpsHost(url);
    return host != null && ALLOWED.stream().anyMatch(h -> host.equals(h) || host.endsWith("." + h));
  }

  private static String httpsHost(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(url.strip());
      return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null
          ? uri.getHost().toLowerCase(Locale.ROOT)
          : null;
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }
}
