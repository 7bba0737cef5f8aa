package org.crmsocial.social.sync.control;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Times as the sync stores and compares them: UTC to the microsecond, null meaning "none". */
final class SyncTimes {

  private SyncTimes() {}

  /** Now, as stored. */
  static OffsetDateTime now(Clock clock) {
    return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
  }

  /** {@code time} as stored. */
  static OffsetDateTime utc(Instant time) {
    return time.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }

  /** The earlier of two times, either of which may be none. */
  static Instant earlier(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isBefore(b) ? a : b;
  }

  /** The later of two times, either of which may be none. */
  static Instant later(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }
}
