package org.crmsocial.sandbox.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.crmsocial.sandbox.model.Network;
import org.junit.jupiter.api.Test;

class AuthorizeTest {

  static final URI BASE = URI.create("http://localhost:9080/sandbox/");

  @Test
  void acceptsTheCallbackPathOnTheRequestsHost() {
    assertThat(
            Authorize.redirectAllowed(
                Network.FACEBOOK,
                "http://localhost:9080/social/callback/facebook",
                BASE,
                Optional.empty()))
        .isTrue();
    assertThat(
            Authorize.redirectAllowed(
                Network.GOOGLE,
                "http://LOCALHOST:9080/social/callback/googleplus",
                BASE,
                Optional.empty()))
        .isTrue();
  }

  @Test
  void refusesOtherHostsPortsPathsNetworksAndFragments() {
    for (String uri :
        new String[] {
          "http://evil.example:9080/social/callback/facebook",
          "http://localhost:9081/social/callback/facebook",
          "http://localhost:9080/social/callback/twitter",
          "http://localhost:9080/social/callback/facebook/../x",
          "http://localhost:9080/social/callback/facebook#x",
          "javascript:alert(1)",
          "",
          "::"
        }) {
      assertThat(Authorize.redirectAllowed(Network.FACEBOOK, uri, BASE, Optional.empty()))
          .as(uri)
          .isFalse();
    }
    assertThat(Authorize.redirectAllowed(Network.FACEBOOK, null, BASE, Optional.empty())).isFalse();
  }

  @Test
  void acceptsTheConfiguredPublicUrl() {
    Optional<String> pub = Optional.of("https://crm.example.com");
    assertThat(
            Authorize.redirectAllowed(
                Network.TWITTER, "https://crm.example.com/social/callback/twitter", BASE, pub))
        .isTrue();
    assertThat(
            Authorize.redirectAllowed(
                Network.TWITTER, "http://crm.example.com/social/callback/twitter", BASE, pub))
        .isFalse();
  }

  @Test
  void backAddsEncodedParametersToTheRedirect() {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("error", "access_denied");
    q.put("error_description", "Permissions error");
    q.put("state", "a&b");
    assertThat(Authorize.back("http://h/social/callback/facebook", q).toString())
        .isEqualTo(
            "http://h/social/callback/facebook?error=access_denied"
                + "&error_description=Permissions+error&state=a%26b");
    assertThat(Authorize.back("http://h/cb?x=1", Map.of("code", "c")).toString())
        .isEqualTo("http://h/cb?x=1&code=c");
  }
}
