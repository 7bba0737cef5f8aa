package org.crmsocial.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Stored times are UTC; pages show them in the organization's zone, Asia/Tokyo (UTC+9). */
class DisplayTimeConverterTest {

  private static final OffsetDateTime STORED =
      OffsetDateTime.of(2026, 11, 26, 2, 26, 0, 0, ZoneOffset.UTC);

  @Test
  void anOffsetTimeIsMovedToTokyoKeepingTheInstant() {
    Object shown = DisplayTimeConverter.inDisplayZone(STORED);
    assertThat(shown)
        .isEqualTo(OffsetDateTime.of(2026, 11, 26, 11, 26, 0, 0, ZoneOffset.ofHours(9)));
    assertThat(((OffsetDateTime) shown).toInstant()).isEqualTo(STORED.toInstant());
  }

  @Test
  void anInstantIsShownInTokyoToo() {
    Object shown = DisplayTimeConverter.inDisplayZone(Instant.parse("2026-11-26T15:00:00Z"));
    assertThat(((OffsetDateTime) shown).getDayOfMonth()).isEqualTo(27);
  }

  @Test
  void otherValuesPassThrough() {
    assertThat(DisplayTimeConverter.inDisplayZone("x")).isEqualTo("x");
    assertThat(DisplayTimeConverter.inDisplayZone(null)).isNull();
  }
}
