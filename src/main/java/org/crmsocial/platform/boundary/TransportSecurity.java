package org.crmsocial.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What this server knows of the connection a browser used. Behind a proxy that ends TLS, the
 * request arrives over plain HTTP: its {@code X-Forwarded-Proto} and {@code X-Forwarded-Host} are
 * believed only from the addresses in {@code crmsocial.trusted-proxies}. The site is HTTPS-only
 * when {@code crmsocial.secure-transport} is on (production) or {@code crmsocial.public-url} is
 * https: then the session cookie is {@code Secure} ({@link SessionCookieSetup}) and every answer
 * carries HSTS, as does every answer to a request that came over HTTPS.
 */
@ApplicationScoped
public class TransportSecurity {

  static final String HSTS = "max-age=31536000";

  private final boolean httpsOnly;
  private final Set<String> trustedProxies;
  private final Optional<String> publicOrigin;

  /** For the container's proxy only. */
  protected TransportSecurity() {
    this(false, " ", Optional.empty());
  }

  @Inject
  public TransportSecurity(
      @ConfigProperty(name = "crmsocial.secure-transport", defaultValue = "false")
          boolean secureTransport,
      @ConfigProperty(name = "crmsocial.trusted-proxies", defaultValue = " ") String trustedProxies,
      @ConfigProperty(name = "crmsocial.public-url") Optional<String> publicUrl) {
    Optional<URI> site =
        publicUrl.map(String::strip).filter(u -> !u.isEmpty()).map(TransportSecurity::uri);
    this.httpsOnly =
        secureTransport || site.map(u -> "https".equalsIgnoreCase(u.getScheme())).orElse(false);
    this.trustedProxies =
        Arrays.stream(trustedProxies.split(","))
            .map(String::strip)
            .filter(a -> !a.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
    this.publicOrigin = site.map(TransportSecurity::authority);
  }

  /** Whether the site is served over HTTPS only (the session cookie is then {@code Secure}). */
  public boolean httpsOnly() {
    return httpsOnly;
  }

  /** Whether the answer to {@code request} carries {@code Strict-Transport-Security}. */
  public boolean sendsHsts(HttpServletRequest request) {
    return httpsOnly || cameOverHttps(request);
  }

  /** Whether the browser's connection was HTTPS (directly, or to a trusted proxy). */
  public boolean cameOverHttps(HttpServletRequest request) {
    if (request.isSecure()) {
      return true;
    }
    String proto = forwarded(request, "X-Forwarded-Proto");
    return proto != null && proto.equalsIgnoreCase("https");
  }

  /**
   * Whether {@code origin} (an {@code Origin} or {@code Referer} value) is this site: the host and
   * port the browser addressed ({@code Host}, or a trusted proxy's {@code X-Forwarded-Host}), or
   * those of {@code crmsocial.public-url}.
   */
  public boolean isThisSite(String origin, HttpServletRequest request) {
    URI uri = uri(origin);
    if (uri == null || uri.getHost() == null) {
      return false;
    }
    String claimed = authority(uri);
    if (publicOrigin.isPresent() && publicOrigin.get().equals(claimed)) {
      return true;
    }
    String host = forwarded(request, "X-Forwarded-Host");
    if (host == null) {
      host = request.getHeader("Host");
    }
    if (host == null) {
      return false;
    }
    URI addressed = uri(uri.getScheme() + "://" + host.strip());
    return addressed != null && addressed.getHost() != null && claimed.equals(authority(addressed));
  }

  private String forwarded(HttpServletRequest request, String header) {
    if (!trustedProxies.contains(request.getRemoteAddr())) {
      return null;
    }
    String value = request.getHeader(header);
    return value == null ? null : value.split(",")[0].strip();
  }

  private static URI uri(String value) {
    try {
      return URI.create(value.strip());
    } catch (IllegalArgumentException | NullPointerException notAnAddress) {
      return null;
    }
  }

  /** {@code host:port} in lower case, the port made explicit from the scheme. */
  private static String authority(URI uri) {
    int port = uri.getPort();
    if (port < 0) {
      port = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
    return uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
  }
}
