package org.crmsocial.social.provider.control;

import com.github.scribejava.core.model.Verb;
import com.github.scribejava.core.oauth2.clientauthentication.ClientAuthentication;
import com.github.scribejava.core.oauth2.clientauthentication.RequestBodyAuthenticationScheme;

/**
 * Facebook Login: the dialog URL from configuration, the token endpoint {@code GET
 * {graph-url}/oauth/access_token} with the client id and secret as parameters, no PKCE.
 */
final class FacebookOAuthApi extends ConfiguredApi {

  static final String SCOPE =
      "pages_show_list,pages_read_engagement,pages_manage_posts,pages_manage_engagement,"
          + "pages_messaging,pages_read_user_content";

  FacebookOAuthApi(ClientSettings settings) {
    super(settings);
  }

  @Override
  public Verb getAccessTokenVerb() {
    return Verb.GET;
  }

  @Override
  public ClientAuthentication getClientAuthentication() {
    return RequestBodyAuthenticationScheme.instance();
  }

  @Override
  String scope() {
    return SCOPE;
  }

  @Override
  boolean pkce() {
    return false;
  }
}
