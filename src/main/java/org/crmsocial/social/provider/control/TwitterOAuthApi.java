package org.crmsocial.social.provider.control;

import com.github.scribejava.core.model.OAuthRequest;
import com.github.scribejava.core.oauth2.clientauthentication.ClientAuthentication;
import com.github.scribejava.core.oauth2.clientauthentication.HttpBasicAuthenticationScheme;

/**
 * X (Twitter) OAuth 2.0 with PKCE: the authorize page from configuration, {@code POST
 * {api-url}/2/oauth2/token} and {@code /2/oauth2/revoke} with HTTP Basic client authentication (a
 * confidential client) and the {@code client_id} in the form as well, as X's guide shows it.
 */
final class TwitterOAuthApi extends ConfiguredApi {

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

  TwitterOAuthApi(ClientSettings settings) {
    super(settings);
  }

  @Override
  public ClientAuthentication getClientAuthentication() {
    return BASIC_WITH_CLIENT_ID;
  }

  @Override
  public String getRevokeTokenEndpoint() {
    return settings().apiUrl() + "/2/oauth2/revoke";
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
