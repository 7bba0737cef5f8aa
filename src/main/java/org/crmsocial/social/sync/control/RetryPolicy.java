package org.crmsocial.social.sync.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * When a stream's sync may try again after a failure (DESIGN.md §4): after a rate limit, just past
 * the network's reset time (with up to a second of jitter, so the servers of a cluster do not all
 * call at once); after a 5xx, a timeout or another error, an exponential back-off with "equal
 * jitter": the n-th failure in a row waits between half and all of {@code base × 2^(n-1)}, capped
 * at {@link #CAP}. Pure: the random source is passed in.
 */
public final class RetryPolicy {

  /** The longest back-off. */
  public static final Duration CAP = Duration.ofMinutes(15);

  /** The back-off of the first failure. */
  public static final Duration BASE = Duration.ofSeconds(10);

  private static final long RATE_LIMIT_JITTER_MILLIS = 1000;

  private final RandomGenerator random;
  private final Duration base;
  private final Duration cap;

  public RetryPolicy(RandomGenerator random) {
    this(random, BASE, CAP);
  }

  RetryPolicy(RandomGenerator random, Duration base, Duration cap) {
    this.random = Objects.requireNonNull(random);
    this.base = base;
    this.cap = cap;
  }

  /**
   * The next attempt after the {@code failures}-th failure in a row (1 for the first).
   *
   * @return a time in {@code [now + d/2, now + d]} where {@code d = min(cap, base ×
   *     2^(failures-1))}
   */
  public Instant afterFailure(Instant now, int failures) {
    long ceiling = ceiling(failures).toMillis();
    long half = ceiling / 2;
    return now.plusMillis(half + random.nextLong(ceiling - half + 1));
  }

  /** The un-jittered back-off of the {@code failures}-th failure in a row, at most the cap. */
  Duration ceiling(int failures) {
    int doublings = Math.max(0, Math.min(failures - 1, 30));
    long millis = base.toMillis() << doublings;
    return millis <= 0 || millis > cap.toMillis() ? cap : Duration.ofMillis(millis);
  }

  /** The next attempt after a rate limit: after the reset time (or now, if that has passed). */
  public Instant afterRateLimit(Instant now, Instant resetAt) {
    Instant from = resetAt.isAfter(now) ? resetAt : now;
    return from.plusMillis(1 + random.nextLong(RATE_LIMIT_JITTER_MILLIS));
  }
}
