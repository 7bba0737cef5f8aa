package org.crmsocial.social.provider.control;

import com.github.scribejava.apis.GoogleApi20;
import com.github.scribejava.core.builder.api.DefaultApi20;
import com.github.scribejava.core.extractors.TokenExtractor;
import com.github.scribejava.core.model.OAuth2AccessToken;
import com.github.scribejava.core.oauth2.clientauthentication.ClientAuthentication;
import com.github.scribejava.core.oauth2.clientauthentication.RequestBodyAuthenticationScheme;
import java.util.Map;

/**
 * Google OAuth 2.0 on ScribeJava's {@link GoogleApi20}, with PKCE and offline access (so a refresh
 * token comes back), the client id and secret in the form. The library's fixed hosts are replaced
 * by configuration: the OAuth page and the token endpoint are keys of their own, and the revoke and
 * device endpoints sit beside the token endpoint ({@code /token} replaced by {@code /revoke},
 * {@code /device/code}), as they do at Google.
 */
final class GoogleOAuthApi extends GoogleApi20 implements ConfiguredApi {

  static final String SCOPE =
      "https://www.googleapis.com/auth/plus.me https://www.googleapis.com/auth/plus.stream.read"
          + " https://www.googleapis.com/auth/plus.stream.write"
          + " https://www.googleapis.com/auth/plus.pages.manage";

  private final ClientSettings settings;
  private final JsonTokenExtractor tokens;

  GoogleOAuthApi(ClientSettings settings) {
    this.settings = settings;
    this.tokens = new JsonTokenExtractor(settings.network());
  }

  @Override
  public DefaultApi20 scribe() {
    return this;
  }

  @Override
  public ClientSettings settings() {
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
    return tokens;
  }

  @Override
  public ClientAuthentication getClientAuthentication() {
    return RequestBodyAuthenticationScheme.instance();
  }

  @Override
  public String getRevokeTokenEndpoint() {
    return besideTokenEndpoint("revoke");
  }

  @Override
  public String getDeviceAuthorizationEndpoint() {
    return besideTokenEndpoint("device/code");
  }

  private String besideTokenEndpoint(String path) {
    String token = settings.tokenUrl();
    return (token.endsWith("/token")
            ? token.substring(0, token.length() - "/token".length())
            : token)
        + "/"
        + path;
  }

  @Override
  public Map<String, String> extraAuthorizationParameters() {
    return Map.of("access_type", "offline", "prompt", "consent");
  }

  @Override
  public String scope() {
    return SCOPE;
  }

  @Override
  public boolean pkce() {
    return true;
  }
}
