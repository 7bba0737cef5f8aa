package org.crmsocial.sandbox.boundary;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crmsocial.sandbox.model.Network;

/**
 * What the three authorization pages share: which {@code redirect_uri}s the registered apps may
 * use, the request's parameters carried through the forms, the network's session cookie, and the
 * redirect back to the app.
 */
final class Authorize {

  /** The name of the sandbox's own session cookie (one per network, by path). */
  static final String COOKIE = "sandbox_session";

  static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

  private Authorize() {}

  /**
   * Whether an app may be sent back to this {@code redirect_uri}: http(s), no fragment, the
   * network's callback path {@code /social/callback/{network}}, on the host and port the request
   * came in on or those of the configured public URL.
   */
  static boolean redirectAllowed(
      Network network, String redirectUri, URI requestBase, Optional<String> publicUrl) {
    if (redirectUri == null || redirectUri.isBlank()) {
      return false;
    }
    URI uri;
    try {
      uri = new URI(redirectUri);
    } catch (java.net.URISyntaxException e) {
      return false;
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https"))
        || uri.getHost() == null
        || uri.getRawFragment() != null
        || !network.callbackPath().equals(uri.getPath())) {
      return false;
    }
    if (sameOrigin(uri, requestBase, false)) {
      return true;
    }
    return publicUrl.map(p -> sameOrigin(uri, URI.create(p), true)).orElse(false);
  }

  private static boolean sameOrigin(URI a, URI b, boolean checkScheme) {
    if (b.getHost() == null || !a.getHost().equalsIgnoreCase(b.getHost())) {
      return false;
    }
    if (checkScheme && !a.getScheme().equalsIgnoreCase(b.getScheme())) {
      return false;
    }
    return port(a) == port(b);
  }

  private static int port(URI u) {
    if (u.getPort() != -1) {
      return u.getPort();
    }
    return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
  }

  /** The named parameters of a query or form, in the order named; absent ones are left out. */
  static Map<String, String> params(MultivaluedMap<String, String> source, List<String> names) {
    Map<String, String> result = new LinkedHashMap<>();
    for (String name : names) {
      String v = source.getFirst(name);
      if (v != null) {
        result.put(name, v);
      }
    }
    return result;
  }

  /** The redirect back to the app with the given parameters added to its query. */
  static URI back(String redirectUri, Map<String, String> query) {
    StringBuilder b = new StringBuilder(redirectUri);
    char sep = redirectUri.contains("?") ? '&' : '?';
    for (Map.Entry<String, String> e : query.entrySet()) {
      if (e.getValue() == null) {
        continue;
      }
      b.append(sep)
          .append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
      sep = '&';
    }
    return URI.create(b.toString());
  }

  /** The network's session cookie holding a new session. */
  static NewCookie session(Network network, String value) {
    return new NewCookie.Builder(COOKIE)
        .value(value)
        .path(network.cookiePath())
        .httpOnly(true)
        .sameSite(NewCookie.SameSite.LAX)
        .maxAge(30 * 24 * 3600)
        .build();
  }

  /** The network's session cookie, erased. */
  static NewCookie clear(Network network) {
    return new NewCookie.Builder(COOKIE)
        .value("")
        .path(network.cookiePath())
        .httpOnly(true)
        .sameSite(NewCookie.SameSite.LAX)
        .maxAge(0)
        .build();
  }

  /** The session value the browser sent, if any. */
  static String sessionValue(Map<String, Cookie> cookies) {
    Cookie c = cookies.get(COOKIE);
    return c == null || c.getValue().isBlank() ? null : c.getValue();
  }

  /** An HTML page response. */
  static Response html(int status, String page) {
    return Response.status(status)
        .type(HTML)
        .header("Cache-Control", "no-store")
        .header("X-Frame-Options", "DENY")
        .entity(page)
        .build();
  }

  /** A redirect back to the app (302, as the networks send). */
  static Response redirect(URI location) {
    return Response.status(302).location(location).header("Cache-Control", "no-store").build();
  }
}
