package org.crmsocial.social.stream.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URI;
import java.util.Locale;
import org.crmsocial.platform.control.ImagePolicy;

/**
 * What the pages need to show an item's attachment (its link card, its thumbnail): whether an
 * address may be linked (absolute http or https only), the host a card names, and whether its
 * picture may be shown ({@link ImagePolicy}, the same hosts as the pages' {@code img-src}).
 */
@Named("itemContent")
@ApplicationScoped
public class ItemContentView {

  @Inject ImagePolicy images;

  /** Whether {@code url} is an absolute http or https address, which a page may link to. */
  public boolean linkable(String url) {
    return host(url) != null;
  }

  /** The host of an http(s) {@code url}, without {@code www.}; null for anything else. */
  public String host(String url) {
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
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }

  /** Whether the picture at {@code url} may be shown. */
  public boolean showsImage(String url) {
    return images.allows(url);
  }
}
