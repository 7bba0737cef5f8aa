package org.crmsocial.social.sync.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md §4: rate limits push the next attempt past the reset; failures back off with jitter.
 */
class RetryPolicyTest {

  static final Instant NOW = Instant.parse("2026-11-26T00:00:00Z");

  /** A random source that always answers the lowest or the highest value asked for. */
  static RandomGenerator fixed(boolean highest) {
    return new RandomGenerator() {
      @Override
      public long nextLong() {
        return 0;
      }

      @Override
      public long nextLong(long bound) {
        return highest ? bound - 1 : 0;
      }
    };
  }

  @Test
  void theBackOffDoublesWithEachFailureUpToTheCap() { // DESIGN §4: exponential back-off, capped
    RetryPolicy policy = new RetryPolicy(fixed(true));
    assertThat(policy.ceiling(1)).isEqualTo(Duration.ofSeconds(10));
    assertThat(policy.ceiling(2)).isEqualTo(Duration.ofSeconds(20));
    assertThat(policy.ceiling(4)).isEqualTo(Duration.ofSeconds(80));
    assertThat(policy.ceiling(7)).isEqualTo(Duration.ofSeconds(640));
    assertThat(policy.ceiling(8)).isEqualTo(RetryPolicy.CAP);
    assertThat(policy.ceiling(60)).as("no overflow").isEqualTo(RetryPolicy.CAP);
  }

  @Test
  void theJitterStaysBetweenHalfAndAllOfTheBackOff() { // DESIGN §4: jitter
    RetryPolicy low = new RetryPolicy(fixed(false));
    RetryPolicy high = new RetryPolicy(fixed(true));
    assertThat(low.afterFailure(NOW, 3)).isEqualTo(NOW.plusSeconds(20));
    assertThat(high.afterFailure(NOW, 3)).isEqualTo(NOW.plusSeconds(40));
    assertThat(high.afterFailure(NOW, 30)).isEqualTo(NOW.plus(RetryPolicy.CAP));
    RetryPolicy real = new RetryPolicy(RandomGenerator.of("L64X128MixRandom"));
    java.util.Set<Instant> seen = new java.util.HashSet<>();
    for (int i = 0; i < 200; i++) {
      Instant next = real.afterFailure(NOW, 5);
      assertThat(next).isBetween(NOW.plusSeconds(80), NOW.plusSeconds(160));
      seen.add(next);
    }
    assertThat(seen).as("servers retrying at once spread out").hasSizeGreaterThan(100);
  }

  @Test
  void aRateLimitWaitsUntilAfterTheReset() { // DESIGN §4: 429 and rate-limit headers
    RetryPolicy low = new RetryPolicy(fixed(false));
    RetryPolicy high = new RetryPolicy(fixed(true));
    Instant reset = NOW.plusSeconds(900);
    assertThat(low.afterRateLimit(NOW, reset)).isAfter(reset).isBefore(reset.plusSeconds(2));
    assertThat(high.afterRateLimit(NOW, reset)).isAfter(reset).isBefore(reset.plusSeconds(2));
    assertThat(low.afterRateLimit(NOW, NOW.minusSeconds(5)))
        .as("a reset in the past: try again at once")
        .isAfter(NOW)
        .isBefore(NOW.plusSeconds(2));
  }
}
