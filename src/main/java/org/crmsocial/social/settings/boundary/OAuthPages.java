package org.crmsocial.social.settings.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import org.crmsocial.platform.boundary.Messages;
import org.crmsocial.social.provider.model.Network;

/**
 * The one small page the OAuth servlets answer with: the outcome in words (escaped), and one inline
 * script, allowed by a nonce in the page's own Content-Security-Policy (PrimeFaces sets one only on
 * Faces pages), that refreshes the opener with the settings page and closes the popup, or, when
 * there is no opener (popups blocked, the flow ran in the same tab), goes to the settings page.
 */
final class OAuthPages {

  private static final SecureRandom RANDOM = new SecureRandom();

  private OAuthPages() {}

  /** The network of a path such as {@code /facebook}; null for anything else. */
  static Network network(String pathInfo) {
    if (pathInfo == null) {
      return null;
    }
    String name = pathInfo.startsWith("/") ? pathInfo.substring(1) : pathInfo;
    for (Network n : Network.values()) {
      if (n.path().equals(name)) {
        return n;
      }
    }
    return null;
  }

  /** Scheme, host, port and context path of the request. */
  static String base(HttpServletRequest request) {
    StringBuffer url = request.getRequestURL();
    String full = url.toString();
    int pathStart = full.indexOf('/', full.indexOf("://") + 3);
    return (pathStart < 0 ? full : full.substring(0, pathStart)) + request.getContextPath();
  }

  /** Where the browser goes back to: the network's tab of the settings page. */
  static String settings(HttpServletRequest request, Network network) {
    return request.getContextPath()
        + "/app/setup/social/index.xhtml?tab="
        + (network == null ? "facebook" : network.path());
  }

  static void render(HttpServletResponse response, Locale locale, LinkNotice notice, String target)
      throws IOException {
    byte[] nonceBytes = new byte[16];
    RANDOM.nextBytes(nonceBytes);
    String nonce = Base64.getEncoder().encodeToString(nonceBytes);
    String text = Messages.text(locale, notice.key(), (Object[]) notice.args());
    String html =
        "<!DOCTYPE html><html lang=\""
            + locale.getLanguage()
            + "\"><head><meta charset=\"UTF-8\">"
            + "<title>"
            + escape(Messages.text(locale, "social.settings.title"))
            + "</title>"
            + "<style nonce=\""
            + nonce
            + "\">body{font-family:system-ui,sans-serif;margin:2rem;color:#333}"
            + ".error{color:#b00020}.ok{color:#1b5e20}</style></head><body>"
            + "<p id=\"link-result\" class=\""
            + (notice.error() ? "error" : "ok")
            + "\">"
            + escape(text)
            + "</p>"
            + "<p><a id=\"link-continue\" href=\""
            + escape(target)
            + "\">"
            + escape(Messages.text(locale, "social.settings.popup.continue"))
            + "</a></p>"
            + "<script nonce=\""
            + nonce
            + "\">(function(){var t="
            + jsString(target)
            + ";"
            + "try{if(window.opener&&!window.opener.closed&&window.opener.location.origin===window.location.origin)"
            + "{window.opener.location.replace(t);window.close();return;}}catch(e){}"
            + "window.location.replace(t);})();</script></body></html>";
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("text/html");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader(
        "Content-Security-Policy",
        "default-src 'none'; script-src 'nonce-"
            + nonce
            + "'; style-src 'nonce-"
            + nonce
            + "'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
    response.getWriter().write(html);
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** A JavaScript string literal that cannot end the script element. */
  static String jsString(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (Character.isLetterOrDigit(c) || "/?=&._-:".indexOf(c) >= 0) {
        b.append(c);
      } else {
        b.append(String.format("\\u%04x", (int) c));
      }
    }
    return b.append('"').toString();
  }
}
