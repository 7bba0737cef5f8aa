package org.crmsocial.social.provider.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.RateBudget;

/**
 * Reads the usage headers the networks send with their answers (PROVIDERS.md), so that the sync
 * slows down before a budget runs out and, after a throttle, resumes as soon as it allows (issue 19
 * points 14 and 17).
 *
 * <p>X: {@code x-rate-limit-limit}, {@code x-rate-limit-remaining} and {@code x-rate-limit-reset}
 * (epoch seconds) of the endpoint's 15-minute window. With one call left or none, the endpoint
 * waits for the reset; with less than a tenth of the window left, the calls left are spread evenly
 * over the time to the reset.
 *
 * <p>Facebook: {@code X-App-Usage}, {@code X-Page-Usage} ({@code
 * {"call_count":28,"total_cputime":25,"total_time":25}}, percent of the limit) and {@code
 * X-Business-Use-Case-Usage} (the same per page id, in a list, with {@code
 * estimated_time_to_regain_access} in minutes). A time to regain access is honoured to the minute
 * (0: now); above {@link #FACEBOOK_SLOW_DOWN} percent the account pauses, from {@link
 * #SHORTEST_PAUSE} at that level to {@link #LONGEST_PAUSE} at 100.
 */
final class UsageHeaders {

  /** The usage (percent) above which Facebook asks apps to slow down. */
  static final int FACEBOOK_SLOW_DOWN = 80;

  /** The pause just above {@link #FACEBOOK_SLOW_DOWN}. */
  static final Duration SHORTEST_PAUSE = Duration.ofSeconds(30);

  /** The pause at 100 percent (or more) without a time to regain access. */
  static final Duration LONGEST_PAUSE = Duration.ofMinutes(5);

  private static final String[] FACEBOOK_HEADERS = {
    "X-App-Usage", "X-Page-Usage", "X-Business-Use-Case-Usage"
  };

  private static final String[] PERCENTAGES = {"call_count", "total_cputime", "total_time"};

  private UsageHeaders() {}

  /** What an answer of {@code network} says of the budget left. */
  static RateBudget budget(Network network, ApiResponse response, Clock clock) {
    return switch (network) {
      case TWITTER -> twitter(response, clock);
      case FACEBOOK -> facebook(response, clock);
      case GOOGLE_PLUS -> RateBudget.NONE; // a daily project quota, no headers
    };
  }

  /** X's window of the endpoint answered. */
  static RateBudget twitter(ApiResponse response, Clock clock) {
    OptionalLong remaining = number(response, "x-rate-limit-remaining");
    OptionalLong reset = number(response, "x-rate-limit-reset");
    if (remaining.isEmpty() || reset.isEmpty()) {
      return RateBudget.NONE;
    }
    Instant now = clock.instant();
    Instant resetAt = Instant.ofEpochSecond(reset.getAsLong());
    if (!resetAt.isAfter(now)) {
      return RateBudget.NONE;
    }
    long left = remaining.getAsLong();
    if (left <= 1) {
      return new RateBudget(resetAt, false);
    }
    long limit = number(response, "x-rate-limit-limit").orElse(0);
    if (limit > 0 && left * 10 < limit) {
      return new RateBudget(now.plus(Duration.between(now, resetAt).dividedBy(left)), false);
    }
    return RateBudget.NONE;
  }

  /** Facebook's usage of the app, the page and the page's business use case. */
  static RateBudget facebook(ApiResponse response, Clock clock) {
    Instant now = clock.instant();
    Optional<Instant> regain = facebookRegainAt(response, clock).filter(t -> t.isAfter(now));
    if (regain.isPresent()) {
      return new RateBudget(regain.get(), true);
    }
    OptionalLong usage = facebookUsage(response);
    if (usage.isPresent() && usage.getAsLong() > FACEBOOK_SLOW_DOWN) {
      return new RateBudget(now.plus(pause(usage.getAsLong())), true);
    }
    return RateBudget.NONE;
  }

  /**
   * When a Facebook throttle ends: the longest {@code estimated_time_to_regain_access} any usage
   * header gives (minutes; 0 is now), else the pause its usage percentages call for; empty when the
   * answer carries no usage header.
   */
  static Optional<Instant> facebookThrottleEnd(ApiResponse response, Clock clock) {
    Optional<Instant> regain = facebookRegainAt(response, clock);
    if (regain.isPresent()) {
      return regain;
    }
    OptionalLong usage = facebookUsage(response);
    return usage.isPresent()
        ? Optional.of(clock.instant().plus(pause(Math.max(usage.getAsLong(), 100))))
        : Optional.empty();
  }

  /** The pause a usage above {@link #FACEBOOK_SLOW_DOWN} calls for, growing with it. */
  static Duration pause(long percent) {
    long above = Math.min(100, percent) - FACEBOOK_SLOW_DOWN;
    if (above <= 0) {
      return Duration.ZERO;
    }
    long span = LONGEST_PAUSE.minus(SHORTEST_PAUSE).toMillis();
    long steps = 100 - FACEBOOK_SLOW_DOWN - 1;
    return SHORTEST_PAUSE.plusMillis(span * (above - 1) / steps);
  }

  private static Optional<Instant> facebookRegainAt(ApiResponse response, Clock clock) {
    long longest = -1;
    for (String header : FACEBOOK_HEADERS) {
      Optional<JsonObject> usage = response.header(header).flatMap(JsonCodec::object);
      if (usage.isPresent()) {
        for (JsonObject entry : entries(usage.get())) {
          longest =
              Math.max(
                  longest, JsonCodec.number(entry, "estimated_time_to_regain_access").orElse(-1L));
        }
      }
    }
    return longest < 0
        ? Optional.empty()
        : Optional.of(clock.instant().plus(Duration.ofMinutes(longest)));
  }

  /** The highest percentage any usage header reports, if any does. */
  static OptionalLong facebookUsage(ApiResponse response) {
    long highest = -1;
    for (String header : FACEBOOK_HEADERS) {
      Optional<JsonObject> usage = response.header(header).flatMap(JsonCodec::object);
      if (usage.isPresent()) {
        for (JsonObject entry : entries(usage.get())) {
          for (String name : PERCENTAGES) {
            highest = Math.max(highest, JsonCodec.number(entry, name).orElse(-1L));
          }
        }
      }
    }
    return highest < 0 ? OptionalLong.empty() : OptionalLong.of(highest);
  }

  /**
   * The usage objects of a header: the header itself ({@code X-App-Usage}), or the entries of its
   * lists keyed by page id ({@code X-Business-Use-Case-Usage}).
   */
  private static java.util.List<JsonObject> entries(JsonObject usage) {
    java.util.List<JsonObject> found = new java.util.ArrayList<>();
    found.add(usage);
    for (JsonValue value : usage.values()) {
      if (value instanceof JsonArray list) {
        for (JsonValue entry : list) {
          if (entry instanceof JsonObject object) {
            found.add(object);
          }
        }
      } else if (value instanceof JsonObject object) {
        found.add(object);
      }
    }
    return found;
  }

  private static OptionalLong number(ApiResponse response, String header) {
    Optional<String> value = response.header(header);
    if (value.isEmpty()) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(value.get().strip()));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
}
