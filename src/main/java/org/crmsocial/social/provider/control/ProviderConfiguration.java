package org.crmsocial.social.provider.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.crmsocial.social.provider.model.Network;
import org.eclipse.microprofile.config.Config;

/**
 * The provider settings from MicroProfile Config (DESIGN §6), resolved once. A base URL that is set
 * wins; an unset one points at the sandbox network under {@code {app}} when {@code
 * crmsocial.sandbox.enabled} is true, else at the real host. {@code {app}} is {@code
 * crmsocial.public-url}, else {@code http://localhost:${http.port}} (9080). With the sandbox on,
 * unset app credentials default to the sandbox's own ({@code crm-social-sandbox-<network>} / {@code
 * sandbox-secret}); with it off they stay unset, and linking that network says which keys to set.
 * Timeouts: {@code crmsocial.http.connect-timeout} (PT5S) and {@code crmsocial.http.read-timeout}
 * (PT15S), ISO-8601 durations.
 */
@ApplicationScoped
public class ProviderConfiguration {

  static final String SANDBOX_SECRET = "sandbox-secret";
  static final String SANDBOX_CLIENT_ID_PREFIX = "crm-social-sandbox-";

  @Inject Config config;

  private Resolved resolved;

  /** The settings of one network's client. */
  public ClientSettings settings(Network network) {
    return resolved().settings.get(network);
  }

  /**
   * Whether the network's app credentials are set (always, with the sandbox on); linking an
   * unconfigured network fails with a message naming the keys to set.
   */
  public boolean configured(Network network) {
    return settings(network).hasCredentials();
  }

  public boolean sandboxEnabled() {
    return resolved().sandbox;
  }

  /**
   * Whether linking must wait for {@code crmsocial.public-url}: in production the OAuth callback
   * URL must never follow a request's {@code Host} header (anyone can send one).
   */
  public boolean publicUrlMissing() {
    return resolved().publicUrlMissing();
  }

  /**
   * The OAuth callback URL of a network: {@code <base>/social/callback/<network>}, where the base
   * is {@code crmsocial.public-url} when set (it must match what is registered with the network),
   * else the base URL of the request being served.
   *
   * @param requestBaseUrl the scheme, host, port and context path of the current request
   */
  public String redirectUri(Network network, String requestBaseUrl) {
    String base = resolved().publicUrl.orElse(requestBaseUrl);
    return ClientSettings.trimSlash(base) + "/social/callback/" + network.path();
  }

  private synchronized Resolved resolved() {
    if (resolved == null) {
      resolved = resolve(key -> config.getOptionalValue(key, String.class));
    }
    return resolved;
  }

  /** What the keys resolve to; {@code lookup} answers one key, empty when unset. */
  static Resolved resolve(Function<String, Optional<String>> lookup) {
    Function<String, Optional<String>> value =
        key -> lookup.apply(key).map(String::strip).filter(v -> !v.isEmpty());
    boolean sandbox =
        value.apply("crmsocial.sandbox.enabled").map(Boolean::parseBoolean).orElse(false);
    Optional<String> publicUrl = value.apply("crmsocial.public-url").map(ClientSettings::trimSlash);
    String app = publicUrl.orElse("http://localhost:" + value.apply("http.port").orElse("9080"));
    Duration connect =
        duration(value, "crmsocial.http.connect-timeout", ClientSettings.DEFAULT_CONNECT_TIMEOUT);
    Duration read =
        duration(value, "crmsocial.http.read-timeout", ClientSettings.DEFAULT_READ_TIMEOUT);

    Urls urls = new Urls(value, sandbox, app);
    Map<Network, ClientSettings> settings = new EnumMap<>(Network.class);
    settings.put(
        Network.FACEBOOK,
        ClientSettings.facebook(
            urls.get(
                "crmsocial.facebook.dialog-url",
                "https://www.facebook.com/v25.0/dialog/oauth",
                "/sandbox/facebook/www/v25.0/dialog/oauth"),
            urls.get(
                "crmsocial.facebook.graph-url",
                "https://graph.facebook.com/v25.0",
                "/sandbox/facebook/graph/v25.0"),
            clientId(value, sandbox, Network.FACEBOOK),
            clientSecret(value, sandbox, Network.FACEBOOK),
            connect,
            read));
    settings.put(
        Network.TWITTER,
        ClientSettings.twitter(
            urls.get(
                "crmsocial.twitter.authorize-url",
                "https://twitter.com/i/oauth2/authorize",
                "/sandbox/twitter/www/i/oauth2/authorize"),
            urls.get(
                "crmsocial.twitter.api-url", "https://api.twitter.com", "/sandbox/twitter/api"),
            clientId(value, sandbox, Network.TWITTER),
            clientSecret(value, sandbox, Network.TWITTER),
            connect,
            read));
    settings.put(
        Network.GOOGLE_PLUS,
        ClientSettings.google(
            urls.get(
                "crmsocial.google.auth-url",
                "https://accounts.google.com/o/oauth2/v2/auth",
                "/sandbox/google/accounts/o/oauth2/v2/auth"),
            urls.get(
                "crmsocial.google.token-url",
                "https://oauth2.googleapis.com/token",
                "/sandbox/google/oauth2/token"),
            urls.get(
                "crmsocial.google.plus-url", "https://www.googleapis.com", "/sandbox/google/apis"),
            clientId(value, sandbox, Network.GOOGLE_PLUS),
            clientSecret(value, sandbox, Network.GOOGLE_PLUS),
            connect,
            read));
    boolean production =
        value.apply("crmsocial.environment").map("production"::equalsIgnoreCase).orElse(false);
    return new Resolved(sandbox, production, publicUrl, settings);
  }

  /** The resolved configuration. */
  record Resolved(
      boolean sandbox,
      boolean production,
      Optional<String> publicUrl,
      Map<Network, ClientSettings> settings) {

    Resolved {
      settings = Map.copyOf(settings);
    }

    boolean publicUrlMissing() {
      return production && publicUrl.isEmpty();
    }
  }

  private record Urls(Function<String, Optional<String>> value, boolean sandbox, String app) {

    String get(String key, String realDefault, String sandboxPath) {
      return value.apply(key).orElse(sandbox ? app + sandboxPath : realDefault);
    }
  }

  private static String clientId(
      Function<String, Optional<String>> value, boolean sandbox, Network network) {
    return value
        .apply("crmsocial." + network.configKey() + ".client-id")
        .orElse(sandbox ? SANDBOX_CLIENT_ID_PREFIX + network.configKey() : null);
  }

  private static String clientSecret(
      Function<String, Optional<String>> value, boolean sandbox, Network network) {
    return value
        .apply("crmsocial." + network.configKey() + ".client-secret")
        .orElse(sandbox ? SANDBOX_SECRET : null);
  }

  private static Duration duration(
      Function<String, Optional<String>> value, String key, Duration fallback) {
    Optional<String> text = value.apply(key);
    if (text.isEmpty()) {
      return fallback;
    }
    try {
      Duration parsed = Duration.parse(text.get());
      if (parsed.isNegative() || parsed.isZero()) {
        throw new IllegalArgumentException(key + " must be a positive duration, not " + text.get());
      }
      return parsed;
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          key + " must be an ISO-8601 duration such as PT15S, not " + text.get(), e);
    }
  }
}
