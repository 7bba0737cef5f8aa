package org.crmsocial.social.provider.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.crmsocial.social.provider.entity.Network;
import org.junit.jupiter.api.Test;

class JsonCodecTest {

  @Test
  void readsEveryNetworksTimestamps() {
    assertThat(JsonCodec.instant("2026-11-20T09:12:44+0000"))
        .isEqualTo(Instant.parse("2026-11-20T09:12:44Z"));
    assertThat(JsonCodec.instant("2026-11-21T03:10:00.000Z"))
        .isEqualTo(Instant.parse("2026-11-21T03:10:00Z"));
    assertThat(JsonCodec.instant("2026-11-21T12:10:00+09:00"))
        .isEqualTo(Instant.parse("2026-11-21T03:10:00Z"));
    assertThat(JsonCodec.instant("2026-11-21T03:10:00Z"))
        .isEqualTo(Instant.parse("2026-11-21T03:10:00Z"));
  }

  @Test
  void anUnreadableTimestampIsNullNotAFailure() {
    assertThat(JsonCodec.instant("yesterday")).isNull();
    assertThat(JsonCodec.instant(null)).isNull();
  }

  @Test
  void navigatesErrorBodiesOfAnyShape() {
    var body =
        JsonCodec.object("{\"error\":{\"code\":190,\"error_subcode\":\"463\"}}").orElseThrow();
    var error = JsonCodec.object(body, "error").orElseThrow();
    assertThat(JsonCodec.number(error, "code")).contains(190L);
    assertThat(JsonCodec.number(error, "error_subcode")).contains(463L);
    assertThat(JsonCodec.object("[1,2]")).isEmpty();
    assertThat(JsonCodec.object("<html>")).isEmpty();
    assertThat(JsonCodec.object("")).isEmpty();
  }

  @Test
  void anEmptyBodyIsNotTheJsonExpected() {
    assertThatThrownBy(
            () ->
                JsonCodec.camelCase(Network.GOOGLE_PLUS)
                    .read(
                        new ApiResponse(200, null, ""), GooglePlusPayloads.Person.class, "GET /x"))
        .isInstanceOf(org.crmsocial.social.provider.entity.ProviderException.Transient.class);
  }

  @Test
  void jacksonIsNotNeeded() {
    // ScribeJava's Jackson dependency is excluded in pom.xml; the token answers are read with
    // JSON-B
    assertThatThrownBy(() -> Class.forName("com.fasterxml.jackson.databind.ObjectMapper"))
        .isInstanceOf(ClassNotFoundException.class);
  }
}
