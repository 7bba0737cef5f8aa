package org.crmsocial.social.provider.control;

import com.github.scribejava.core.extractors.TokenExtractor;
import com.github.scribejava.core.model.OAuth2AccessToken;
import com.github.scribejava.core.model.Response;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.crmsocial.social.provider.model.Network;

/**
 * Reads a token endpoint's answer with JSON-B instead of ScribeJava's Jackson extractors (those of
 * core, {@code FacebookApi} and {@code GoogleApi20} alike), which keeps Jackson out of the
 * application. An error answer leaves as {@link TokenEndpointError} for {@link OAuthFlow} to
 * translate, as only it knows what the call was for.
 */
final class JsonTokenExtractor implements TokenExtractor<OAuth2AccessToken> {

  private final JsonCodec json;

  JsonTokenExtractor(Network network) {
    this.json = JsonCodec.snakeCase(network);
  }

  @Override
  public OAuth2AccessToken extract(Response response) throws IOException {
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
