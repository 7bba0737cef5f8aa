package org.crmsocial.sandbox.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import org.crmsocial.sandbox.control.Times;
import org.crmsocial.sandbox.model.FaultKind;
import org.crmsocial.sandbox.model.Network;
import org.junit.jupiter.api.Test;

/** The error bodies against the shapes of PROVIDERS.md, and each fault per network. */
class PayloadShapesTest {

  @Test
  void facebookExpiredTokenIs190With463AndTheSessionText() {
    ApiError e = FacebookErrors.expired(OffsetDateTime.parse("2026-11-20T17:00:00Z"));
    assertThat(e.status()).isEqualTo(400);
    JsonObject error = e.body().getJsonObject("error");
    assertThat(error.getString("message"))
        .isEqualTo(
            "Error validating access token: Session has expired on Friday, 20-Nov-26 09:00:00 PST.");
    assertThat(error.getString("type")).isEqualTo("OAuthException");
    assertThat(error.getInt("code")).isEqualTo(190);
    assertThat(error.getInt("error_subcode")).isEqualTo(463);
    assertThat(error.getString("fbtrace_id")).isNotBlank();
  }

  @Test
  void facebookNoTokenIs2500() {
    ApiError e = FacebookErrors.noToken();
    assertThat(e.status()).isEqualTo(400);
    assertThat(e.body().getJsonObject("error").getInt("code")).isEqualTo(2500);
    assertThat(e.body().getJsonObject("error").containsKey("error_subcode")).isFalse();
  }

  @Test
  void twitterProblemsAndNotFound() {
    assertThat(TwitterErrors.unauthorized().body().toString())
        .isEqualTo(
            "{\"title\":\"Unauthorized\",\"type\":\"about:blank\",\"status\":401,\"detail\":\"Unauthorized\"}");
    assertThat(TwitterErrors.invalidCode().body().toString())
        .isEqualTo(
            "{\"error\":\"invalid_request\",\"error_description\":\"Value passed for the authorization code was invalid.\"}");
    assertThat(TwitterErrors.notFound("user", "username", "nobody").toString())
        .isEqualTo(
            "{\"value\":\"nobody\",\"detail\":\"Could not find user with username: [nobody].\","
                + "\"title\":\"Not Found Error\",\"resource_type\":\"user\",\"parameter\":\"username\","
                + "\"resource_id\":\"nobody\",\"type\":\"https://api.twitter.com/2/problems/resource-not-found\"}");
  }

  @Test
  void googleInvalidCredentials() {
    assertThat(GoogleErrors.invalidCredentials().body().toString())
        .isEqualTo(
            "{\"error\":{\"errors\":[{\"domain\":\"global\",\"reason\":\"authError\",\"message\":\"Invalid Credentials\","
                + "\"locationType\":\"header\",\"location\":\"Authorization\"}],\"code\":401,\"message\":\"Invalid Credentials\"}}");
  }

  @Test
  void eachFaultAsItsNetworkSendsIt() {
    assertThat(ApiFilter.fault(Network.FACEBOOK, FaultKind.RATE_LIMIT, 75).status()).isEqualTo(400);
    assertThat(
            ApiFilter.fault(Network.FACEBOOK, FaultKind.RATE_LIMIT, 75)
                .body()
                .getJsonObject("error")
                .getInt("code"))
        .isEqualTo(32);
    assertThat(ApiFilter.fault(Network.FACEBOOK, FaultKind.RATE_LIMIT, 75).headers())
        .containsKey("X-Page-Usage");
    assertThat(
            ApiFilter.fault(Network.FACEBOOK, FaultKind.TOKEN_EXPIRED, 75)
                .body()
                .getJsonObject("error")
                .getInt("error_subcode"))
        .isEqualTo(463);
    assertThat(ApiFilter.fault(Network.FACEBOOK, FaultKind.HTTP_500, 75).status()).isEqualTo(500);

    ApiError tooMany = ApiFilter.fault(Network.TWITTER, FaultKind.RATE_LIMIT, 75);
    assertThat(tooMany.status()).isEqualTo(429);
    assertThat(tooMany.headers())
        .containsEntry("x-rate-limit-limit", "75")
        .containsEntry("x-rate-limit-remaining", "0")
        .containsKey("x-rate-limit-reset");
    assertThat(ApiFilter.fault(Network.TWITTER, FaultKind.TOKEN_EXPIRED, 75).status())
        .isEqualTo(401);
    assertThat(ApiFilter.fault(Network.TWITTER, FaultKind.HTTP_500, 75).status()).isEqualTo(500);

    ApiError quota = ApiFilter.fault(Network.GOOGLE, FaultKind.RATE_LIMIT, 75);
    assertThat(quota.status()).isEqualTo(403);
    assertThat(quota.body().toString())
        .contains("\"domain\":\"usageLimits\"")
        .contains("rateLimitExceeded");
    assertThat(ApiFilter.fault(Network.GOOGLE, FaultKind.TOKEN_EXPIRED, 75).status())
        .isEqualTo(401);
    assertThat(ApiFilter.fault(Network.GOOGLE, FaultKind.HTTP_500, 75).body().toString())
        .contains("backendError");
  }

  @Test
  void timeFormatsOfEachNetwork() {
    OffsetDateTime t = OffsetDateTime.parse("2026-11-20T18:12:44.5+09:00");
    assertThat(Times.facebook(t)).isEqualTo("2026-11-20T09:12:44+0000");
    assertThat(Times.isoMillis(t)).isEqualTo("2026-11-20T09:12:44.500Z");
  }
}
