package org.crmsocial.social.provider.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.scribejava.apis.FacebookApi;
import com.github.scribejava.apis.GoogleApi20;
import com.github.scribejava.core.builder.api.DefaultApi20;
import com.github.scribejava.core.model.OAuthRequest;
import com.github.scribejava.core.model.Parameter;
import com.github.scribejava.core.model.Verb;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The OAuth APIs are ScribeJava's provider classes where scribejava-apis has one (issue 19 point
 * 13: FacebookApi with the Graph version, FacebookService's appsecret_proof, GoogleApi20), and
 * every host they name is the configured one, never the library's.
 */
class ScribeJavaApisTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  /** Hosts written into the library's provider classes; none may be used. */
  private static final List<String> LIBRARY_HOSTS =
      List.of("facebook.com", "google.com", "googleapis.com", "twitter.com", "x.com");

  private static final ClientSettings FACEBOOK =
      ClientSettings.facebook(
          "https://fb-dialog.example.test/v19.0/dialog/oauth",
          "https://fb-graph.example.test/v19.0",
          "fb-app",
          "fb-secret-value",
          TIMEOUT,
          TIMEOUT);

  private static final ClientSettings TWITTER =
      ClientSettings.twitter(
          "https://tw-www.example.test/i/oauth2/authorize",
          "https://tw-api.example.test",
          "tw-app",
          "tw-secret-value",
          TIMEOUT,
          TIMEOUT);

  private static final ClientSettings GOOGLE =
      ClientSettings.google(
          "https://g-accounts.example.test/o/oauth2/v2/auth",
          "https://g-oauth2.example.test/token",
          "https://g-apis.example.test",
          "g-app",
          "g-secret-value",
          TIMEOUT,
          TIMEOUT);

  @Test
  void facebookIsScribeJavasFacebookApiWithTheConfiguredGraphVersion() { // issue 19 point 13
    FacebookOAuthApi api = new FacebookOAuthApi(FACEBOOK);
    assertThat(api).isInstanceOf(FacebookApi.class);
    assertThat(api.graphVersion()).contains("19.0");

    assertThat(graphVersionOf("http://localhost:9080/sandbox/facebook/graph/v25.0"))
        .contains("25.0");
    assertThat(graphVersionOf("https://graph.facebook.com/v3.2")).contains("3.2");
    assertThat(graphVersionOf("https://proxy.example.test/v2/graph/v21.0")).contains("21.0");
    assertThat(graphVersionOf("https://graph.facebook.com")).as("unversioned").isEmpty();
    assertThat(graphVersionOf("https://graph-v20.example.test")).as("not a path").isEmpty();
  }

  @Test
  void googleIsScribeJavasGoogleApi20() { // issue 19 point 13
    assertThat(new GoogleOAuthApi(GOOGLE)).isInstanceOf(GoogleApi20.class);
  }

  @Test
  void facebookEndpointsAreTheConfiguredHosts() { // issue 19 point 13: hosts stay keys
    DefaultApi20 api = new FacebookOAuthApi(FACEBOOK);
    assertThat(authorizationUrl(api, FACEBOOK))
        .startsWith("https://fb-dialog.example.test/v19.0/dialog/oauth?");
    assertThat(api.getAccessTokenEndpoint())
        .isEqualTo("https://fb-graph.example.test/v19.0/oauth/access_token");
    assertNoLibraryHost(authorizationUrl(api, FACEBOOK), api.getAccessTokenEndpoint());
  }

  @Test
  void twitterEndpointsAreTheConfiguredHosts() { // issue 19 point 13: hosts stay keys
    DefaultApi20 api = new TwitterOAuthApi(TWITTER);
    assertThat(authorizationUrl(api, TWITTER))
        .startsWith("https://tw-www.example.test/i/oauth2/authorize?");
    assertThat(api.getAccessTokenEndpoint())
        .isEqualTo("https://tw-api.example.test/2/oauth2/token");
    assertThat(api.getRefreshTokenEndpoint())
        .isEqualTo("https://tw-api.example.test/2/oauth2/token");
    assertThat(api.getRevokeTokenEndpoint())
        .isEqualTo("https://tw-api.example.test/2/oauth2/revoke");
    assertNoLibraryHost(
        authorizationUrl(api, TWITTER),
        api.getAccessTokenEndpoint(),
        api.getRefreshTokenEndpoint(),
        api.getRevokeTokenEndpoint());
  }

  @Test
  void googleEndpointsAreTheConfiguredHosts() { // issue 19 point 13: hosts stay keys
    DefaultApi20 api = new GoogleOAuthApi(GOOGLE);
    assertThat(authorizationUrl(api, GOOGLE))
        .startsWith("https://g-accounts.example.test/o/oauth2/v2/auth?");
    assertThat(api.getAccessTokenEndpoint()).isEqualTo("https://g-oauth2.example.test/token");
    assertThat(api.getRefreshTokenEndpoint()).isEqualTo("https://g-oauth2.example.test/token");
    assertThat(api.getRevokeTokenEndpoint()).isEqualTo("https://g-oauth2.example.test/revoke");
    assertThat(api.getDeviceAuthorizationEndpoint())
        .as("GoogleApi20 fixes this one to oauth2.googleapis.com")
        .isEqualTo("https://g-oauth2.example.test/device/code");
    assertNoLibraryHost(
        authorizationUrl(api, GOOGLE),
        api.getAccessTokenEndpoint(),
        api.getRefreshTokenEndpoint(),
        api.getRevokeTokenEndpoint(),
        api.getDeviceAuthorizationEndpoint());
  }

  @Test
  void tokenAnswersAreReadWithJsonBNotTheLibrarysJacksonExtractors() { // issue 19 point 13
    for (ConfiguredApi api :
        List.of(
            new FacebookOAuthApi(FACEBOOK),
            new TwitterOAuthApi(TWITTER),
            new GoogleOAuthApi(GOOGLE))) {
      assertThat(api.scribe().getAccessTokenExtractor())
          .as(api.settings().network().displayName())
          .isInstanceOf(JsonTokenExtractor.class);
    }
  }

  @Test
  void facebookRequestsAreSignedByFacebookServiceWithTheirProof() { // issue 19 point 13
    OAuthFlow flow =
        new OAuthFlow(
            new FacebookOAuthApi(FACEBOOK),
            new FacebookErrors(Clock.systemUTC()),
            Clock.systemUTC());
    OAuthRequest request = new OAuthRequest(Verb.GET, "https://fb-graph.example.test/v19.0/me");

    flow.sign("EAAB-user-token", request);

    // hex(HMAC-SHA256(key = "fb-secret-value", data = "EAAB-user-token")), computed apart
    assertThat(query(request, "appsecret_proof"))
        .contains("b6a1f58e9d0e29d3006b31944efae96ec6d5f164e12e0068606cde601cafbdfa");
    assertThat(request.getHeaders()).containsEntry("Authorization", "Bearer EAAB-user-token");
  }

  @Test
  void otherNetworksAreSignedWithTheBearerTokenOnly() { // issue 19 point 13
    OAuthFlow flow =
        new OAuthFlow(
            new TwitterOAuthApi(TWITTER), new TwitterErrors(Clock.systemUTC()), Clock.systemUTC());
    OAuthRequest request = new OAuthRequest(Verb.GET, "https://tw-api.example.test/2/users/me");

    flow.sign("tw-user-token", request);

    assertThat(query(request, "appsecret_proof")).isEmpty();
    assertThat(request.getHeaders()).containsEntry("Authorization", "Bearer tw-user-token");
  }

  private static Optional<String> graphVersionOf(String graphUrl) {
    return new FacebookOAuthApi(
            ClientSettings.facebook(
                "https://dialog.example.test/dialog/oauth", graphUrl, "id", "secret", null, null))
        .graphVersion();
  }

  private static String authorizationUrl(DefaultApi20 api, ClientSettings settings) {
    return api.getAuthorizationUrl(
        "code", settings.clientId(), "https://crm.example.test/cb", "scope", "st", Map.of());
  }

  private static void assertNoLibraryHost(String... urls) {
    for (String url : urls) {
      for (String host : LIBRARY_HOSTS) {
        assertThat(url).as("a host of the library's").doesNotContain(host);
      }
    }
  }

  private static Optional<String> query(OAuthRequest request, String name) {
    return request.getQueryStringParams().getParams().stream()
        .filter(p -> name.equals(p.getKey()))
        .map(Parameter::getValue)
        .findFirst();
  }
}
