package org.crmsocial.social.stream.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.crmsocial.platform.control.ImagePolicy;
import org.crmsocial.platform.control.WebLinks;

/**
 * What the pages need to show an item's attachment (its link card, its thumbnail): whether an
 * address may be linked (absolute http or https only), the host a card names, and whether its
 * picture may be shown ({@link ImagePolicy}, the same hosts as the pages' {@code img-src}). The
 * rules are {@link WebLinks}' and {@link ImagePolicy}'s; this bean only lends them to the pages.
 */
@Named("itemContent")
@ApplicationScoped
public class ItemContentView {

  @Inject ImagePolicy images;

  /** Whether {@code url} is an absolute http or https address, which a page may link to. */
  public boolean linkable(String url) {
    return WebLinks.linkable(url);
  }

  /** The host of an http(s) {@code url}, without {@code www.}; null for anything else. */
  public String host(String url) {
    return WebLinks.host(url);
  }

  /** Whether the picture at {@code url} may be shown. */
  public boolean showsImage(String url) {
    return images.allows(url);
  }
}
