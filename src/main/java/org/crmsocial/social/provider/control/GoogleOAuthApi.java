package org.crmsocial.social.provider.control;

import com.github.scribejava.core.oauth2.clientauthentication.ClientAuthentication;
import com.github.scribejava.core.oauth2.clientauthentication.RequestBodyAuthenticationScheme;
import java.util.Map;

/**
 * Google OAuth 2.0 with PKCE and offline access (so a refresh token comes back), the client id and
 * secret in the form; the revoke endpoint is the token URL with {@code /token} replaced by {@code
 * /revoke}.
 */
final class GoogleOAuthApi extends ConfiguredApi {

  static final String SCOPE =
      "https://www.googleapis.com/auth/plus.me https://www.googleapis.com/auth/plus.stream.read"
          + " https://www.googleapis.com/auth/plus.stream.write"
          + " https://www.googleapis.com/auth/plus.pages.manage";

  GoogleOAuthApi(ClientSettings settings) {
    super(settings);
  }

  @Override
  public ClientAuthentication getClientAuthentication() {
    return RequestBodyAuthenticationScheme.instance();
  }

  @Override
  public String getRevokeTokenEndpoint() {
    String token = settings().tokenUrl();
    return token.endsWith("/token")
        ? token.substring(0, token.length() - "/token".length()) + "/revoke"
        : token + "/revoke";
  }

  @Override
  Map<String, String> extraAuthorizationParameters() {
    return Map.of("access_type", "offline", "prompt", "consent");
  }

  @Override
  String scope() {
    return SCOPE;
  }

  @Override
  boolean pkce() {
    return true;
  }
}
