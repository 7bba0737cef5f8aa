package org.crmsocial.social.provider.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.crmsocial.social.provider.model.Network;
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
  void theUsualShapesAreReadAsTheFormatterReadsThem() {
    java.util.Random random = new java.util.Random(6);
    String[] offsets = {"Z", "+0000", "+09:00", "-0530", "-05:30", "+1400", "-12:00"};
    for (int n = 0; n < 2_000; n++) {
      String fraction = "." + "123456789".substring(0, 1 + random.nextInt(9));
      String text =
          String.format(
              java.util.Locale.ROOT,
              "%04d-%02d-%02dT%02d:%02d:%02d%s%s",
              1970 + random.nextInt(100),
              1 + random.nextInt(12),
              1 + random.nextInt(28),
              random.nextInt(24),
              random.nextInt(60),
              random.nextInt(60),
              random.nextBoolean() ? fraction : "",
              offsets[random.nextInt(offsets.length)]);
      assertThat(JsonCodec.usual(text))
          .as(text)
          .isNotNull()
          .isEqualTo(java.time.OffsetDateTime.parse(text, JsonCodec.TIMESTAMP).toInstant());
    }
  }

  @Test
  void anyOtherShapeIsLeftToTheFormatter() {
    assertThat(JsonCodec.usual("2026-02-30T10:00:00Z")).isNull();
    assertThat(JsonCodec.instant("2026-02-30T10:00:00Z"))
        .isEqualTo(Instant.parse("2026-02-28T10:00:00Z")); // as the formatter has always read it
    assertThat(JsonCodec.usual("2026-11-21T03:10:00")).isNull();
    assertThat(JsonCodec.usual("2026-11-21T03:10:00.Z")).isNull();
    assertThat(JsonCodec.usual("2026-11-21T03:10:00.1234567891Z")).isNull();
    assertThat(JsonCodec.usual("2026-11-21T03:10:00+09:0")).isNull();
    assertThat(JsonCodec.usual("2026-11-21T03:10:00+1900")).isNull();
    assertThat(JsonCodec.usual("2026-1x-21T03:10:00Z")).isNull();
    assertThat(JsonCodec.usual("2026-11-21T03:10:00.\u0663Z")).isNull(); // a digit, not ASCII
    assertThat(JsonCodec.instant(" 2026-11-21T03:10:00Z "))
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
        .isInstanceOf(org.crmsocial.social.provider.model.ProviderException.Transient.class);
  }

  @Test
  void jacksonIsNotNeeded() {
    // ScribeJava's Jackson dependency is excluded in pom.xml; the token answers are read with
    // JSON-B
    assertThatThrownBy(() -> Class.forName("com.fasterxml.jackson.databind.ObjectMapper"))
        .isInstanceOf(ClassNotFoundException.class);
  }
}
