package org.crmsocial.social.provider.control;

import com.github.scribejava.core.builder.api.DefaultApi20;
import com.github.scribejava.core.extractors.TokenExtractor;
import com.github.scribejava.core.model.OAuth2AccessToken;
import com.github.scribejava.core.model.Response;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A ScribeJava API description whose endpoints come from {@link ClientSettings}, never from
 * constants, so the same flow works against the real network and the sandbox. Token answers are
 * read with JSON-B ({@link TokenJson}) instead of ScribeJava's Jackson extractor, which keeps
 * Jackson out of the application; an error answer leaves as {@link TokenEndpointError} for {@link
 * OAuthFlow} to translate, as only it knows what the call was for.
 */
abstract class ConfiguredApi extends DefaultApi20 {

  private final ClientSettings settings;
  private final JsonCodec json;

  ConfiguredApi(ClientSettings settings) {
    this.settings = settings;
    this.json = JsonCodec.snakeCase(settings.network());
  }

  ClientSettings settings() {
    return settings;
  }

  @Override
  protected String getAuthorizationBaseUrl() {
    return settings.authorizeUrl();
  }

  @Override
  public String getAccessTokenEndpoint() {
    return settings.tokenUrl();
  }

  @Override
  public TokenExtractor<OAuth2AccessToken> getAccessTokenExtractor() {
    return this::extract;
  }

  /** The scopes to ask for, joined as the network wants them. */
  abstract String scope();

  /** Whether the network takes PKCE (S256). */
  abstract boolean pkce();

  /** Parameters the authorization URL carries beyond the standard ones. */
  Map<String, String> extraAuthorizationParameters() {
    return Map.of();
  }

  private OAuth2AccessToken extract(Response response) throws IOException {
    ApiResponse answer = answer(response);
    if (!answer.successful()) {
      throw new TokenEndpointError(answer);
    }
    TokenJson token = json.read(answer, TokenJson.class, "the token request");
    if (token.accessToken() == null || token.accessToken().isBlank()) {
      throw new TokenEndpointError(answer);
    }
    return new OAuth2AccessToken(
        token.accessToken(),
        token.tokenType(),
        token.expiresIn() == null ? null : token.expiresIn().intValue(),
        token.refreshToken(),
        token.scope(),
        null);
  }

  /** A ScribeJava answer as an {@link ApiResponse}. */
  static ApiResponse answer(Response response) throws IOException {
    Map<String, List<String>> headers =
        response.getHeaders().entrySet().stream()
            .filter(e -> e.getKey() != null && e.getValue() != null)
            .collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()), (a, b) -> a));
    return new ApiResponse(response.getCode(), headers, response.getBody());
  }

  /** The token answer of RFC 6749 §5.1, as all three networks send it. */
  public record TokenJson(
      String accessToken, String tokenType, Long expiresIn, String refreshToken, String scope) {}

  /** An error answer of the token endpoint, on its way to {@link OAuthFlow}. */
  static final class TokenEndpointError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ApiResponse response;

    TokenEndpointError(ApiResponse response) {
      super("token endpoint answered HTTP " + response.status(), null, false, false);
      this.response = response;
    }

    ApiResponse response() {
      return response;
    }
  }
}
