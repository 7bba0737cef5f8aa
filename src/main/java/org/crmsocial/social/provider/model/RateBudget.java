package org.crmsocial.social.provider.model;

import java.time.Instant;

/**
 * What a network's usage headers said of the calls left, on an answer that went through (issue 19
 * point 17): X's {@code x-rate-limit-remaining} of the endpoint's 15-minute window, Facebook's
 * {@code X-App-Usage}, {@code X-Page-Usage} and {@code X-Business-Use-Case-Usage} percentages. The
 * sync holds its next call until {@link #pauseUntil()} instead of spending the budget to the last
 * call and being refused.
 *
 * @param pauseUntil when calls should go on; null when there is no need to wait
 * @param accountWide whether the budget is the account's (Facebook's app and page usage) rather
 *     than one endpoint's (X's windows, one per endpoint)
 */
public record RateBudget(Instant pauseUntil, boolean accountWide) {

  /** Nothing said, or plenty left. */
  public static final RateBudget NONE = new RateBudget(null, false);

  /** Whether calls should wait at {@code now}. */
  public boolean pausesAt(Instant now) {
    return pauseUntil != null && pauseUntil.isAfter(now);
  }

  /** The stricter of the two: the later pause (account-wide if either is). */
  public RateBudget and(RateBudget other) {
    if (other == null || other.pauseUntil == null) {
      return this;
    }
    if (pauseUntil == null) {
      return other;
    }
    return new RateBudget(
        pauseUntil.isAfter(other.pauseUntil) ? pauseUntil : other.pauseUntil,
        accountWide || other.accountWide);
  }
}
