package org.crmsocial.social.provider.control;

import com.github.scribejava.core.builder.ServiceBuilder;
import com.github.scribejava.core.exceptions.OAuthException;
import com.github.scribejava.core.httpclient.jdk.JDKHttpClient;
import com.github.scribejava.core.httpclient.jdk.JDKHttpClientConfig;
import com.github.scribejava.core.model.OAuth2AccessToken;
import com.github.scribejava.core.model.OAuthRequest;
import com.github.scribejava.core.model.Response;
import com.github.scribejava.core.model.Verb;
import com.github.scribejava.core.oauth.AccessTokenRequestParams;
import com.github.scribejava.core.oauth.AuthorizationUrlBuilder;
import com.github.scribejava.core.oauth.OAuth20Service;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.crmsocial.social.provider.model.AuthorizationRequest;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.ProviderException;
import org.crmsocial.social.provider.model.ProviderException.Detail;
import org.crmsocial.social.provider.model.TokenGrant;

/**
 * The OAuth 2.0 side of a client, on ScribeJava: the authorization URL (with {@code state}, and
 * PKCE S256 where the network takes it), the code exchange, refresh and any other call to the token
 * endpoints. Every call has the configured connect and read timeouts; every failure leaves as a
 * {@link ProviderException} whose text holds none of the call's secrets (code, verifier, tokens,
 * client secret).
 */
final class OAuthFlow {

  private final ConfiguredApi api;
  private final ClientSettings settings;
  private final ErrorTranslator errors;
  private final Clock clock;

  OAuthFlow(ConfiguredApi api, ErrorTranslator errors, Clock clock) {
    this.api = api;
    this.settings = api.settings();
    this.errors = errors;
    this.clock = clock;
  }

  /** Where to send the browser; the result keeps what the exchange will need. */
  AuthorizationRequest authorize(String state, String redirectUri) {
    if (state == null || state.isBlank()) {
      throw new IllegalArgumentException("a state is required");
    }
    AuthorizationUrlBuilder url =
        service(redirectUri)
            .createAuthorizationUrlBuilder()
            .state(state)
            .scope(api.scope())
            .additionalParams(api.extraAuthorizationParameters());
    if (api.pkce()) {
      url.initPKCE();
    }
    String built = url.build();
    return new AuthorizationRequest(
        built, state, redirectUri, api.pkce() ? url.getPkce().getCodeVerifier() : null);
  }

  /** Exchanges the code the callback received for tokens. */
  TokenGrant exchange(String code, AuthorizationRequest started) {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("an authorization code is required");
    }
    AccessTokenRequestParams params = AccessTokenRequestParams.create(code);
    if (started.codeVerifier() != null) {
      params.pkceCodeVerifier(started.codeVerifier());
    }
    OAuth20Service service = service(started.redirectUri());
    Set<String> secrets = secrets(code, started.codeVerifier());
    return grant(
        call(CallContext.Purpose.TOKEN_EXCHANGE, secrets, () -> service.getAccessToken(params)),
        null);
  }

  /** Refreshes; the grant carries the new refresh token where the network rotates it. */
  TokenGrant refresh(String refreshToken) {
    if (refreshToken == null || refreshToken.isBlank()) {
      throw new IllegalArgumentException("a refresh token is required");
    }
    OAuth20Service service = service(null);
    return grant(
        call(
            CallContext.Purpose.TOKEN_REFRESH,
            secrets(refreshToken),
            () -> service.refreshAccessToken(refreshToken)),
        refreshToken);
  }

  /**
   * Sends any other request to a token endpoint and reads a token answer (Facebook's long-lived
   * swap).
   */
  TokenGrant token(OAuthRequest request, CallContext.Purpose purpose, String... secrets) {
    OAuth20Service service = service(null);
    return grant(
        call(
            purpose,
            secrets(secrets),
            () -> {
              try (Response response = service.execute(request)) {
                return api.scribe().getAccessTokenExtractor().extract(response);
              }
            }),
        null);
  }

  /** Sends a request to an OAuth endpoint where only success matters (revocation). */
  void send(OAuthRequest request, CallContext.Purpose purpose, String... secrets) {
    OAuth20Service service = service(null);
    call(
        purpose,
        secrets(secrets),
        () -> {
          try (Response response = service.execute(request)) {
            ApiResponse answer = JsonTokenExtractor.answer(response);
            if (!answer.successful()) {
              throw new JsonTokenExtractor.TokenEndpointError(answer);
            }
            return null;
          }
        });
  }

  /** A request to the network's token endpoint, with the app's client authentication. */
  OAuthRequest tokenRequest(Verb verb) {
    OAuthRequest request = new OAuthRequest(verb, api.scribe().getAccessTokenEndpoint());
    api.scribe()
        .getClientAuthentication()
        .addClientAuthentication(request, settings.clientId(), settings.clientSecret());
    return request;
  }

  String revokeEndpoint() {
    return api.scribe().getRevokeTokenEndpoint();
  }

  /** A POST to the network's revoke endpoint, with the app's client authentication. */
  OAuthRequest revokeRequest() {
    OAuthRequest request = new OAuthRequest(Verb.POST, api.scribe().getRevokeTokenEndpoint());
    api.scribe()
        .getClientAuthentication()
        .addClientAuthentication(request, settings.clientId(), settings.clientSecret());
    return request;
  }

  /**
   * Signs a request with an access token the way the network's ScribeJava service does: the bearer
   * token, and for Facebook ({@code FacebookService}) the token's {@code appsecret_proof}.
   */
  void sign(String accessToken, OAuthRequest request) {
    service(null).signRequest(accessToken, request);
  }

  private OAuth20Service service(String redirectUri) {
    requireCredentials();
    ServiceBuilder builder =
        new ServiceBuilder(settings.clientId())
            .apiSecret(settings.clientSecret())
            .httpClient(
                new JDKHttpClient(
                    JDKHttpClientConfig.defaultConfig()
                        .withConnectTimeout(millis(settings.connectTimeout().toMillis()))
                        .withReadTimeout(millis(settings.readTimeout().toMillis()))));
    if (redirectUri != null) {
      builder.callback(redirectUri);
    }
    return builder.build(api.scribe());
  }

  private void requireCredentials() {
    if (!settings.hasCredentials()) {
      Network network = settings.network();
      throw new IllegalStateException(
          "%s is not configured: set crmsocial.%s.client-id and crmsocial.%s.client-secret"
              .formatted(network.displayName(), network.configKey(), network.configKey()));
    }
  }

  private static int millis(long value) {
    return (int) Math.min(Integer.MAX_VALUE, Math.max(1, value));
  }

  private Set<String> secrets(String... values) {
    Set<String> all = new HashSet<>(Arrays.asList(values));
    all.add(settings.clientSecret());
    all.remove(null);
    return all;
  }

  private TokenGrant grant(OAuth2AccessToken token, String previousRefreshToken) {
    Instant expiresAt =
        token.getExpiresIn() == null ? null : clock.instant().plusSeconds(token.getExpiresIn());
    String refresh =
        token.getRefreshToken() != null ? token.getRefreshToken() : previousRefreshToken;
    Set<String> scopes = new LinkedHashSet<>();
    if (token.getScope() != null) {
      for (String scope : token.getScope().split("[\\s,]+")) {
        if (!scope.isBlank()) {
          scopes.add(scope);
        }
      }
    }
    return new TokenGrant(token.getAccessToken(), refresh, expiresAt, scopes);
  }

  @FunctionalInterface
  private interface OAuthCall<T> {
    T run() throws IOException, InterruptedException, ExecutionException;
  }

  private <T> T call(CallContext.Purpose purpose, Set<String> secrets, OAuthCall<T> action) {
    Network network = settings.network();
    try {
      return action.run();
    } catch (JsonTokenExtractor.TokenEndpointError e) {
      throw errors.translate(e.response().scrubbed(secrets), CallContext.of(purpose));
    } catch (ProviderException e) {
      throw e;
    } catch (SocketTimeoutException e) {
      throw new ProviderException.Transient(
          network, Detail.noResponse("the token endpoint did not answer within the timeout"));
    } catch (IOException | ExecutionException | OAuthException e) {
      throw new ProviderException.Transient(
          network,
          Detail.noResponse(
              "the token endpoint could not be reached (" + e.getClass().getSimpleName() + ")"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProviderException.Transient(
          network, Detail.noResponse("interrupted while waiting for the token endpoint"));
    }
  }
}
