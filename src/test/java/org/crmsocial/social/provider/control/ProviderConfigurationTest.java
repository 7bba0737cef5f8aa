package org.crmsocial.social.provider.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.crmsocial.social.provider.model.Network;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class ProviderConfigurationTest {

  final Map<String, String> keys = new HashMap<>();

  ProviderConfiguration.Resolved resolve() {
    return ProviderConfiguration.resolve(key -> Optional.ofNullable(keys.get(key)));
  }

  ClientSettings settings(Network network) {
    return resolve().settings().get(network);
  }

  @Test
  void inProductionLinkingWaitsForThePublicUrl() { // HTTPS in production: no Host-header callbacks
    assertThat(resolve().publicUrlMissing()).as("demo: the request's address will do").isFalse();
    keys.put("crmsocial.environment", "production");
    assertThat(resolve().publicUrlMissing()).isTrue();
    keys.put("crmsocial.public-url", "https://crm.example.com/");
    assertThat(resolve().publicUrlMissing()).isFalse();
    assertThat(resolve().publicUrl()).hasValue("https://crm.example.com");
  }

  @Test
  void withTheSandboxOnUnsetUrlsPointAtTheSandboxOnLocalhost9080() {
    keys.put("crmsocial.sandbox.enabled", "true");

    ClientSettings facebook = settings(Network.FACEBOOK);
    assertThat(facebook.authorizeUrl())
        .isEqualTo("http://localhost:9080/sandbox/facebook/www/v25.0/dialog/oauth");
    assertThat(facebook.apiUrl()).isEqualTo("http://localhost:9080/sandbox/facebook/graph/v25.0");
    assertThat(facebook.tokenUrl())
        .isEqualTo("http://localhost:9080/sandbox/facebook/graph/v25.0/oauth/access_token");
    ClientSettings twitter = settings(Network.TWITTER);
    assertThat(twitter.authorizeUrl())
        .isEqualTo("http://localhost:9080/sandbox/twitter/www/i/oauth2/authorize");
    assertThat(twitter.apiUrl()).isEqualTo("http://localhost:9080/sandbox/twitter/api");
    assertThat(twitter.tokenUrl())
        .isEqualTo("http://localhost:9080/sandbox/twitter/api/2/oauth2/token");
    ClientSettings google = settings(Network.GOOGLE_PLUS);
    assertThat(google.authorizeUrl())
        .isEqualTo("http://localhost:9080/sandbox/google/accounts/o/oauth2/v2/auth");
    assertThat(google.tokenUrl()).isEqualTo("http://localhost:9080/sandbox/google/oauth2/token");
    assertThat(google.apiUrl()).isEqualTo("http://localhost:9080/sandbox/google/apis");
    assertThat(new GoogleOAuthApi(google).getRevokeTokenEndpoint())
        .isEqualTo("http://localhost:9080/sandbox/google/oauth2/revoke");
  }

  @Test
  void withTheSandboxOnCredentialsDefaultToTheSandboxApps() {
    keys.put("crmsocial.sandbox.enabled", "true");

    assertThat(settings(Network.FACEBOOK).clientId()).isEqualTo("crm-social-sandbox-facebook");
    assertThat(settings(Network.TWITTER).clientId()).isEqualTo("crm-social-sandbox-twitter");
    assertThat(settings(Network.GOOGLE_PLUS).clientId()).isEqualTo("crm-social-sandbox-google");
    for (Network network : Network.values()) {
      assertThat(settings(network).clientSecret()).isEqualTo("sandbox-secret");
    }
  }

  @Test
  void theSandboxFollowsHttpPortAndPublicUrl() {
    keys.put("crmsocial.sandbox.enabled", "true");
    keys.put("http.port", "9081");
    assertThat(settings(Network.TWITTER).apiUrl())
        .isEqualTo("http://localhost:9081/sandbox/twitter/api");

    keys.put("crmsocial.public-url", "https://crm.example.com/");
    assertThat(settings(Network.TWITTER).apiUrl())
        .isEqualTo("https://crm.example.com/sandbox/twitter/api");
  }

  @Test
  void withTheSandboxOffUrlsAreTheRealHostsAndCredentialsUnset() {
    ClientSettings facebook = settings(Network.FACEBOOK);
    assertThat(facebook.authorizeUrl()).isEqualTo("https://www.facebook.com/v25.0/dialog/oauth");
    assertThat(facebook.apiUrl()).isEqualTo("https://graph.facebook.com/v25.0");
    assertThat(settings(Network.TWITTER).authorizeUrl())
        .isEqualTo("https://twitter.com/i/oauth2/authorize");
    assertThat(settings(Network.TWITTER).apiUrl()).isEqualTo("https://api.twitter.com");
    assertThat(settings(Network.GOOGLE_PLUS).authorizeUrl())
        .isEqualTo("https://accounts.google.com/o/oauth2/v2/auth");
    assertThat(settings(Network.GOOGLE_PLUS).tokenUrl())
        .isEqualTo("https://oauth2.googleapis.com/token");
    assertThat(settings(Network.GOOGLE_PLUS).apiUrl()).isEqualTo("https://www.googleapis.com");
    assertThat(new GoogleOAuthApi(settings(Network.GOOGLE_PLUS)).getRevokeTokenEndpoint())
        .isEqualTo("https://oauth2.googleapis.com/revoke");
    assertThat(facebook.hasCredentials()).isFalse();
    assertThatThrownBy(() -> new FacebookClient(facebook).authorize("st", "https://crm/cb"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("crmsocial.facebook.client-id");
  }

  @Test
  void aSetUrlOrCredentialWins() {
    keys.put("crmsocial.sandbox.enabled", "true");
    keys.put("crmsocial.facebook.graph-url", "https://graph.example.test/v25.0/");
    keys.put("crmsocial.twitter.client-id", "real-id");
    keys.put("crmsocial.twitter.client-secret", "real-secret");

    assertThat(settings(Network.FACEBOOK).apiUrl()).isEqualTo("https://graph.example.test/v25.0");
    assertThat(settings(Network.FACEBOOK).authorizeUrl())
        .startsWith("http://localhost:9080/sandbox/");
    assertThat(settings(Network.TWITTER).clientId()).isEqualTo("real-id");
    assertThat(settings(Network.TWITTER).clientSecret()).isEqualTo("real-secret");
  }

  @Test
  void timeoutsDefaultToFiveAndFifteenSecondsAndAreConfigurable() {
    assertThat(settings(Network.FACEBOOK).connectTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(settings(Network.FACEBOOK).readTimeout()).isEqualTo(Duration.ofSeconds(15));

    keys.put("crmsocial.http.connect-timeout", "PT2S");
    keys.put("crmsocial.http.read-timeout", "PT30S");
    assertThat(settings(Network.GOOGLE_PLUS).connectTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(settings(Network.GOOGLE_PLUS).readTimeout()).isEqualTo(Duration.ofSeconds(30));

    keys.put("crmsocial.http.read-timeout", "15 seconds");
    assertThatThrownBy(this::resolve)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("crmsocial.http.read-timeout");
  }

  @Test
  void theCdiBeanReadsMicroProfileConfigAndBuildsRedirectUris() {
    keys.put("crmsocial.sandbox.enabled", "true");
    ProviderConfiguration configuration = new ProviderConfiguration();
    configuration.config = config(keys);

    assertThat(configuration.sandboxEnabled()).isTrue();
    assertThat(configuration.configured(Network.FACEBOOK)).isTrue();
    assertThat(configuration.settings(Network.TWITTER).clientId())
        .isEqualTo("crm-social-sandbox-twitter");
    assertThat(configuration.redirectUri(Network.GOOGLE_PLUS, "http://localhost:9080/"))
        .isEqualTo("http://localhost:9080/social/callback/googleplus");

    ProviderConfiguration behindProxy = new ProviderConfiguration();
    keys.put("crmsocial.public-url", "https://crm.example.com");
    behindProxy.config = config(keys);
    assertThat(behindProxy.redirectUri(Network.FACEBOOK, "http://10.0.0.5:9080"))
        .isEqualTo("https://crm.example.com/social/callback/facebook");
  }

  @Test
  void theClientsComeFromTheConfiguration() {
    keys.put("crmsocial.sandbox.enabled", "true");
    ProviderClients clients = new ProviderClients();
    clients.configuration = new ProviderConfiguration();
    clients.configuration.config = config(keys);

    for (Network network : Network.values()) {
      assertThat(clients.of(network).network()).isEqualTo(network);
    }
    assertThat(clients.of(Network.TWITTER))
        .isInstanceOf(TwitterClient.class)
        .isSameAs(clients.of(Network.TWITTER));
  }

  /** A MicroProfile Config over a map (only what the bean uses). */
  static Config config(Map<String, String> values) {
    Map<String, String> copy = Map.copyOf(values);
    return (Config)
        Proxy.newProxyInstance(
            Config.class.getClassLoader(),
            new Class<?>[] {Config.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getOptionalValue")) {
                return Optional.ofNullable(copy.get((String) args[0]));
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }
}
