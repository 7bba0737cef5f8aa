package org.crmsocial.social.provider.control;

import com.github.scribejava.core.builder.api.DefaultApi20;
import com.github.scribejava.core.extractors.TokenExtractor;
import com.github.scribejava.core.model.OAuth2AccessToken;
import com.github.scribejava.core.model.OAuthRequest;
import com.github.scribejava.core.oauth2.clientauthentication.ClientAuthentication;
import com.github.scribejava.core.oauth2.clientauthentication.HttpBasicAuthenticationScheme;

/**
 * X (Twitter) OAuth 2.0 with PKCE: the authorize page from configuration, {@code POST
 * {api-url}/2/oauth2/token} and {@code /2/oauth2/revoke} with HTTP Basic client authentication (a
 * confidential client) and the {@code client_id} in the form as well, as X's guide shows it. The
 * project's own description: scribejava-apis 8.3.3 has none for X's OAuth 2.0 (its {@code
 * TwitterApi} is the OAuth 1.0a flow of request tokens and signatures, which the X API v2 calls
 * here do not use).
 */
final class TwitterOAuthApi extends DefaultApi20 implements ConfiguredApi {

  static final String SCOPE =
      "tweet.read tweet.write users.read like.write dm.read dm.write offline.access";

  /** Basic authentication, plus {@code client_id} in the form. */
  private static final ClientAuthentication BASIC_WITH_CLIENT_ID =
      new ClientAuthentication() {
        @Override
        public void addClientAuthentication(OAuthRequest request, String apiKey, String apiSecret) {
          HttpBasicAuthenticationScheme.instance()
              .addClientAuthentication(request, apiKey, apiSecret);
          request.addParameter("client_id", apiKey);
        }
      };

  private final ClientSettings settings;
  private final JsonTokenExtractor tokens;

  TwitterOAuthApi(ClientSettings settings) {
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
    return BASIC_WITH_CLIENT_ID;
  }

  @Override
  public String getRevokeTokenEndpoint() {
    return settings.apiUrl() + "/2/oauth2/revoke";
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
