package org.crmsocial.platform.control;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** The one source of "now" for stored timestamps: UTC, to the microsecond both databases keep. */
public final class Clock {

  private Clock() {}

  public static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }
}
