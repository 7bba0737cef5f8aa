package org.crmsocial.social.provider.control;

import com.github.scribejava.apis.FacebookApi;
import com.github.scribejava.core.builder.api.DefaultApi20;
import com.github.scribejava.core.extractors.TokenExtractor;
import com.github.scribejava.core.model.OAuth2AccessToken;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facebook Login on ScribeJava's {@link FacebookApi}, given the Graph version of the configured
 * Graph URL: the library's token call ({@code GET .../oauth/access_token} with the client id and
 * secret as parameters, no PKCE) and its {@code FacebookService}, which signs a Graph request with
 * its {@code appsecret_proof}. Only the hosts are overridden: the dialog URL and the Graph URL (the
 * token endpoint is under it) come from configuration, where the library has them fixed.
 */
final class FacebookOAuthApi extends FacebookApi implements ConfiguredApi {

  static final String SCOPE =
      "pages_show_list,pages_read_engagement,pages_manage_posts,pages_manage_engagement,"
          + "pages_messaging,pages_read_user_content";

  /** A version segment of a Graph URL, e.g. {@code /v25.0}. */
  private static final Pattern VERSION = Pattern.compile("/v(\\d+(?:\\.\\d+)?)(?=/|$)");

  private final ClientSettings settings;
  private final String graphVersion;
  private final JsonTokenExtractor tokens;

  FacebookOAuthApi(ClientSettings settings) {
    this(settings, graphVersion(settings.apiUrl()).orElse(null));
  }

  private FacebookOAuthApi(ClientSettings settings, String graphVersion) {
    super(graphVersion);
    this.settings = settings;
    this.graphVersion = graphVersion;
    this.tokens = new JsonTokenExtractor(settings.network());
  }

  /**
   * The Graph version of a Graph URL ({@code 25.0} of {@code https://graph.facebook.com/v25.0}):
   * its last version segment; empty for an unversioned URL, which Graph serves with the app's
   * default version.
   */
  static Optional<String> graphVersion(String graphUrl) {
    Matcher m = VERSION.matcher(graphUrl);
    String version = null;
    while (m.find()) {
      version = m.group(1);
    }
    return Optional.ofNullable(version);
  }

  /** The Graph version handed to {@link FacebookApi}: the configured Graph URL's. */
  Optional<String> graphVersion() {
    return Optional.ofNullable(graphVersion);
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
  public String scope() {
    return SCOPE;
  }

  @Override
  public boolean pkce() {
    return false;
  }
}
