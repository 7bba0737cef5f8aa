package org.crmsocial.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.crmsocial.platform.control.ImagePolicy;

/**
 * The Content-Security-Policy of every Faces page (web.xml's {@code primefaces.CSP_POLICY}):
 * everything from this server only, no plugins, no {@code <base>} elsewhere, forms post here only,
 * never framed, images also from the allowed image hosts ({@link ImagePolicy}). PrimeFaces adds the
 * page's nonce to the last directive, {@code script-src}, so only the page's own scripts run.
 * Inline style attributes stay allowed: PrimeFaces' widgets position themselves with them.
 */
@Named
@ApplicationScoped
public class ContentSecurityPolicy {

  @Inject ImagePolicy images;

  private volatile String value;

  /** The policy, ending with {@code script-src 'self'} for PrimeFaces to add the nonce to. */
  public String getValue() {
    String v = value;
    if (v == null) {
      v =
          String.join(
              "; ",
              "default-src 'self'",
              "object-src 'none'",
              "base-uri 'self'",
              "form-action 'self'",
              "frame-ancestors 'none'",
              ("img-src 'self' data: " + images.sources()).trim(),
              "style-src 'self' 'unsafe-inline'",
              "font-src 'self' data:",
              "connect-src 'self'",
              "script-src 'self'");
      value = v;
    }
    return v;
  }
}
