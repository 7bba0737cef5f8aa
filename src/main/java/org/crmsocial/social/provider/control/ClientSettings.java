package org.crmsocial.social.provider.control;

import java.time.Duration;
import java.util.Objects;
import org.crmsocial.social.provider.model.Network;

/**
 * Everything one client needs to reach its network: base URLs, the app's credentials and the
 * timeouts every call honours. Plain Java, so tests build clients without a container; {@link
 * ProviderConfiguration} builds them from MicroProfile Config. {@link #toString()} never shows the
 * secret.
 *
 * @param network the network these settings are for
 * @param authorizeUrl where the browser goes to sign in and consent
 * @param tokenUrl the OAuth token endpoint
 * @param apiUrl the API base URL (Graph API with its version, {@code https://api.twitter.com},
 *     {@code https://www.googleapis.com}), without a trailing slash
 * @param clientId the app's client id; null or blank when not configured
 * @param clientSecret the app's client secret; null or blank when not configured
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer
 */
public record ClientSettings(
    Network network,
    String authorizeUrl,
    String tokenUrl,
    String apiUrl,
    String clientId,
    String clientSecret,
    Duration connectTimeout,
    Duration readTimeout) {

  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(15);

  public ClientSettings {
    Objects.requireNonNull(network, "network");
    authorizeUrl = trimSlash(Objects.requireNonNull(authorizeUrl, "authorizeUrl"));
    tokenUrl = trimSlash(Objects.requireNonNull(tokenUrl, "tokenUrl"));
    apiUrl = trimSlash(Objects.requireNonNull(apiUrl, "apiUrl"));
    connectTimeout = positive(connectTimeout, DEFAULT_CONNECT_TIMEOUT);
    readTimeout = positive(readTimeout, DEFAULT_READ_TIMEOUT);
  }

  /**
   * Facebook: the dialog URL and the Graph API URL with its version; the token endpoint is under
   * it.
   */
  public static ClientSettings facebook(
      String dialogUrl,
      String graphUrl,
      String clientId,
      String clientSecret,
      Duration connect,
      Duration read) {
    String graph = trimSlash(graphUrl);
    return new ClientSettings(
        Network.FACEBOOK,
        dialogUrl,
        graph + "/oauth/access_token",
        graph,
        clientId,
        clientSecret,
        connect,
        read);
  }

  /**
   * Twitter: the authorize page and the API base URL; the token endpoint is {@code /2/oauth2/token}
   * under it.
   */
  public static ClientSettings twitter(
      String authorizeUrl,
      String apiUrl,
      String clientId,
      String clientSecret,
      Duration connect,
      Duration read) {
    String api = trimSlash(apiUrl);
    return new ClientSettings(
        Network.TWITTER,
        authorizeUrl,
        api + "/2/oauth2/token",
        api,
        clientId,
        clientSecret,
        connect,
        read);
  }

  /** Google+: the OAuth page, the token endpoint and the Google APIs base URL. */
  public static ClientSettings google(
      String authUrl,
      String tokenUrl,
      String plusUrl,
      String clientId,
      String clientSecret,
      Duration connect,
      Duration read) {
    return new ClientSettings(
        Network.GOOGLE_PLUS, authUrl, tokenUrl, plusUrl, clientId, clientSecret, connect, read);
  }

  /** Whether the app's credentials are set. */
  public boolean hasCredentials() {
    return clientId != null
        && !clientId.isBlank()
        && clientSecret != null
        && !clientSecret.isBlank();
  }

  /** Never shows the secret. */
  @Override
  public String toString() {
    return ("ClientSettings[network=%s, authorizeUrl=%s, tokenUrl=%s, apiUrl=%s, clientId=%s,"
            + " clientSecret=%s, connectTimeout=%s, readTimeout=%s]")
        .formatted(
            network,
            authorizeUrl,
            tokenUrl,
            apiUrl,
            clientId,
            clientSecret == null || clientSecret.isBlank() ? "(unset)" : "***",
            connectTimeout,
            readTimeout);
  }

  static String trimSlash(String url) {
    String value = url.strip();
    while (value.endsWith("/")) {
      value = value.substring(0, value.length() - 1);
    }
    return value;
  }

  private static Duration positive(Duration value, Duration fallback) {
    return value == null || value.isZero() || value.isNegative() ? fallback : value;
  }
}
