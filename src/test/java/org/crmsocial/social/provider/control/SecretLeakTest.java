package org.crmsocial.social.provider.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.crmsocial.social.provider.model.AuthorizationRequest;
import org.crmsocial.social.provider.model.NetworkPage;
import org.crmsocial.social.provider.model.NetworkStream;
import org.crmsocial.social.provider.model.ProviderException;
import org.crmsocial.social.provider.model.StreamQuery;
import org.crmsocial.social.provider.model.TokenGrant;
import org.crmsocial.social.provider.model.WriteCommand;
import org.crmsocial.social.provider.model.WriteKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No token, code, verifier or client secret reaches a message, a {@code toString()} or a stack
 * trace, even when a network echoes it back in its error answer.
 */
class SecretLeakTest {

  static final String TOKEN = "EAAB-SECRET-ACCESS-TOKEN-0123456789";
  static final String REFRESH = "1//0g-SECRET-REFRESH-TOKEN";
  static final String CODE = "AQD-SECRET-AUTH-CODE-42";

  FakeNetwork net;

  @BeforeEach
  void start() {
    net = FakeNetwork.start();
  }

  @AfterEach
  void stop() {
    net.close();
  }

  @Test
  void facebookErrorEchoingTheTokenIsScrubbed() {
    FacebookClient client = new FacebookClient(Fixtures.facebook(net, Duration.ofSeconds(5)));
    net.on(
        "GET",
        "/v25.0/1049/feed",
        400,
        FacebookClientTest.facebookError(190, 467, "Malformed access token " + TOKEN));

    Throwable failure =
        catchThrowable(
            () -> client.read(StreamQuery.of(NetworkStream.FACEBOOK_PAGE_FEED, TOKEN, "1049")));

    assertThat(failure).isInstanceOf(ProviderException.TokenExpired.class);
    assertNoSecret(failure, TOKEN);
    assertThat(failure.getMessage()).contains("Malformed access token [redacted]");
  }

  @Test
  void facebookErrorEchoingTheAppSecretProofIsScrubbed() { // issue 19 point 13
    FacebookClient client = new FacebookClient(Fixtures.facebook(net, Duration.ofSeconds(5)));
    String proof = hmacSha256Hex("fb-secret-value", TOKEN);
    net.on(
        "GET",
        "/v25.0/1049/feed",
        400,
        FacebookClientTest.facebookError(100, null, "Invalid appsecret_proof " + proof));

    Throwable failure =
        catchThrowable(
            () -> client.read(StreamQuery.of(NetworkStream.FACEBOOK_PAGE_FEED, TOKEN, "1049")));

    assertThat(net.last().query("appsecret_proof")).as("sent with the call").isEqualTo(proof);
    assertThat(failure).isInstanceOf(ProviderException.class);
    assertNoSecret(failure, TOKEN, proof);
  }

  /**
   * The hex HMAC-SHA256 of {@code data}, keyed with {@code key}, computed apart from the client.
   */
  private static String hmacSha256Hex(String key, String data) {
    try {
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(
          new javax.crypto.spec.SecretKeySpec(
              key.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
      return java.util.HexFormat.of()
          .formatHex(mac.doFinal(data.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void facebookTokenEndpointErrorEchoingCodeAndSecretIsScrubbed() {
    FacebookClient client = new FacebookClient(Fixtures.facebook(net, Duration.ofSeconds(5)));
    net.on(
        "GET",
        "/v25.0/oauth/access_token",
        400,
        FacebookClientTest.facebookError(
            100, null, "Invalid code " + CODE + " for client secret fb-secret-value"));

    Throwable failure =
        catchThrowable(() -> client.exchange(CODE, client.authorize("st", "http://crm.local/cb")));

    assertThat(failure).isInstanceOf(ProviderException.BadRequest.class);
    assertNoSecret(failure, CODE, "fb-secret-value");
  }

  @Test
  void twitterErrorsEchoingTokensAreScrubbed() {
    TwitterClient client = new TwitterClient(Fixtures.twitter(net, Duration.ofSeconds(5)));
    net.on(
        "POST",
        "/2/oauth2/token",
        400,
        "{\"error\":\"invalid_request\",\"error_description\":\"Value "
            + REFRESH
            + " was invalid.\"}");
    net.on(
        "GET",
        "/2/users/me",
        401,
        "{\"title\":\"Unauthorized\",\"type\":\"about:blank\",\"status\":401,\"detail\":\"Bearer "
            + TOKEN
            + "\"}");

    Throwable refresh = catchThrowable(() -> client.refresh(REFRESH));
    Throwable identity = catchThrowable(() -> client.identity(TOKEN));

    assertThat(refresh).isInstanceOf(ProviderException.TokenExpired.class);
    assertNoSecret(refresh, REFRESH, "tw-secret-value");
    assertThat(identity).isInstanceOf(ProviderException.TokenExpired.class);
    assertNoSecret(identity, TOKEN);
  }

  @Test
  void twitterExchangeEchoingTheVerifierIsScrubbed() {
    TwitterClient client = new TwitterClient(Fixtures.twitter(net, Duration.ofSeconds(5)));
    AuthorizationRequest started = client.authorize("st", "http://crm.local/cb");
    net.on(
        "POST",
        "/2/oauth2/token",
        400,
        "{\"error\":\"invalid_request\",\"error_description\":\"verifier "
            + started.codeVerifier()
            + " does not match\"}");

    Throwable failure = catchThrowable(() -> client.exchange(CODE, started));

    assertNoSecret(failure, started.codeVerifier(), CODE);
    assertThat(started.toString()).doesNotContain(started.codeVerifier());
  }

  @Test
  void googleErrorEchoingTheUrlEncodedTokenIsScrubbed() {
    GooglePlusClient client = new GooglePlusClient(Fixtures.google(net, Duration.ofSeconds(5)));
    net.on(
        "POST",
        "/plusPages/v2/people/1065/activities",
        403,
        GooglePlusClientTest.googleError(403, "global", "insufficientPermissions")
            .replace(
                "insufficientPermissions happened\"}],",
                "token=1%2F%2F0g-SECRET-REFRESH-TOKEN\"}],"));

    Throwable failure =
        catchThrowable(
            () -> client.write(new WriteCommand(WriteKind.POST, REFRESH, "1065", null, "x")));

    assertThat(failure).isInstanceOf(ProviderException.MissingPermission.class);
    assertNoSecret(failure, REFRESH, "1%2F%2F0g-SECRET-REFRESH-TOKEN");
  }

  @Test
  void timeoutsCarryNoUrlAndNoSecret() {
    FacebookClient client = new FacebookClient(Fixtures.facebook(net, Duration.ofMillis(200)));
    net.hang("GET", "/v25.0/oauth/access_token");

    Throwable failure =
        catchThrowable(() -> client.exchange(CODE, client.authorize("st", "http://crm.local/cb")));

    assertThat(failure).isInstanceOf(ProviderException.Transient.class);
    assertNoSecret(failure, CODE, "fb-secret-value");
  }

  @Test
  void recordsNeverShowTokens() {
    assertThat(new TokenGrant(TOKEN, REFRESH, Instant.EPOCH, Set.of("a")).toString())
        .doesNotContain(TOKEN, REFRESH);
    assertThat(new NetworkPage("1049", "Acme", TOKEN, null, null).toString()).doesNotContain(TOKEN);
    assertThat(StreamQuery.of(NetworkStream.FACEBOOK_PAGE_FEED, TOKEN, "1049").toString())
        .doesNotContain(TOKEN);
    assertThat(new WriteCommand(WriteKind.POST, TOKEN, "1049", null, "x").toString())
        .doesNotContain(TOKEN);
    assertThat(
            ClientSettings.facebook("http://a", "http://b", "id", "fb-secret-value", null, null)
                .toString())
        .doesNotContain("fb-secret-value");
  }

  private static void assertNoSecret(Throwable failure, String... secrets) {
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    for (String secret : secrets) {
      assertThat(failure.getMessage()).doesNotContain(secret);
      assertThat(failure.toString()).doesNotContain(secret);
      assertThat(trace.toString()).doesNotContain(secret);
      if (failure instanceof ProviderException provider && provider.detail().message() != null) {
        assertThat(provider.detail().message()).doesNotContain(secret);
      }
    }
  }
}
