package org.crmsocial.platform.control;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** The one source of "now" for stored timestamps: UTC, to the microsecond both databases keep. */
public final class Clock {

  /** Where the organization works: pages show every time in this zone (README, design notes). */
  public static final ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Tokyo");

  private Clock() {}

  public static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }
}
