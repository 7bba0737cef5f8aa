package org.crmsocial.social.sync.control;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.ProviderException;
import org.crmsocial.social.sync.control.CursorStore.CursorSnapshot;
import org.crmsocial.social.sync.entity.WaitReason;

/**
 * How a stream's run ends and when the stream is tried again (DESIGN.md §4): done, or paused till
 * its budget allows the next call; a rate limit waits past the network's reset time, and where the
 * network's limit is the account's (Facebook, Google) holds the account's other streams too (issue
 * 19 point 14); a 5xx, a timeout or another error backs off ({@link RetryPolicy}); a token that
 * cannot be renewed asks for re-authorization. The cursor records the error in words and the next
 * attempt.
 */
final class BackOff {

  private final SyncParts parts;

  BackOff(SyncParts parts) {
    this.parts = parts;
  }

  /** Whether the stream's next attempt lies ahead (a manual run waits only for a rate limit). */
  static boolean waits(CursorSnapshot cursor, OffsetDateTime now, boolean manual) {
    if (cursor.nextAttemptAt() == null || !cursor.nextAttemptAt().isAfter(now)) {
      return false;
    }
    return !manual || cursor.waitReason() == WaitReason.RATE_LIMIT;
  }

  /**
   * Whether a network's rate limit is the whole account's (Facebook's app and page usage, Google's
   * project quota) rather than one endpoint's (X's 15-minute windows).
   */
  static boolean accountWideLimits(Network network) {
    return network != Network.TWITTER;
  }

  /**
   * A run of the stream ended well: done, or paused until the budget the network's usage headers
   * reported allows the next call (issue 19 point 17).
   */
  void finished(RunAccount account, CursorSnapshot cursor, StreamTally tally) {
    Instant until = SyncTimes.later(account.pausedUntil(), tally.pausedUntil());
    if (until != null && until.isAfter(parts.clock().instant())) {
      parts.cursors().paused(cursor.id(), tally.added, SyncTimes.utc(until), parts.now());
      tally.waitsUntil = until;
    } else {
      parts.cursors().succeeded(cursor.id(), tally.added, parts.now());
    }
  }

  /** The network refused for its rate limit: the stream (the account) waits past its reset. */
  void rateLimited(
      RunAccount account,
      CursorSnapshot cursor,
      StreamTally tally,
      ProviderException.RateLimited e) {
    Instant next = parts.retry().afterRateLimit(parts.clock().instant(), e.resetAt());
    if (accountWideLimits(account.snapshot.network())) {
      account.pause(next); // the account's other streams would only be refused
    }
    fail(cursor, tally, e.getMessage(), next, WaitReason.RATE_LIMIT);
  }

  /** The read failed: the stream backs off, longer with every failure in a row. */
  void failed(CursorSnapshot cursor, StreamTally tally, String error) {
    fail(
        cursor,
        tally,
        error,
        parts.retry().afterFailure(parts.clock().instant(), cursor.consecutiveFailures() + 1),
        WaitReason.BACKOFF);
  }

  /** The token is dead: the stream stops and the account needs re-authorization. */
  void reauthorize(
      RunAccount account, CursorSnapshot cursor, StreamTally tally, ProviderException e) {
    account.needsReauthorization = true;
    tally.failed = true;
    parts.cursors().failed(cursor.id(), tally.added, e.getMessage(), null, null, parts.now());
    parts.credentials().needsReauthorization(account.id(), e.getMessage());
  }

  private void fail(
      CursorSnapshot cursor, StreamTally tally, String error, Instant next, WaitReason reason) {
    tally.failed = true;
    parts
        .cursors()
        .failed(cursor.id(), tally.added, error, SyncTimes.utc(next), reason, parts.now());
    if (reason == WaitReason.RATE_LIMIT) {
      tally.waitsUntil = next;
    }
  }
}
