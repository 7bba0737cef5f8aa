package org.crmsocial.sandbox.control;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** The time formats of the three networks' payloads. */
public final class Times {

  private static final DateTimeFormatter FACEBOOK =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");
  private static final DateTimeFormatter ISO_MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");

  private Times() {}

  /** Facebook's {@code 2026-11-20T09:12:44+0000}. */
  public static String facebook(OffsetDateTime t) {
    return t.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).format(FACEBOOK);
  }

  /** Twitter's and Google's {@code 2026-11-21T03:10:00.000Z}. */
  public static String isoMillis(OffsetDateTime t) {
    return t.withOffsetSameInstant(ZoneOffset.UTC).format(ISO_MILLIS);
  }

  /** Now, in UTC, to the millisecond (what the databases keep). */
  public static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
  }
}
