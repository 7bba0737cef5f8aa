package org.crmsocial.social.sync.control;

import java.time.Instant;

/**
 * What one run of an account did.
 *
 * @param ran false when the run was skipped: the account is not active, or a run of it is under way
 *     on this server or, in a cluster, on another
 * @param networkMillis time spent waiting for the network (reads; a page read ahead while the
 *     previous one was stored counts only for what was left to wait)
 * @param storeMillis time spent storing pages and moving cursors
 * @param resumeAt the earliest end of a rate-limit wait this run set (a throttle, a budget spent),
 *     for the scheduler to resume then rather than at a later tick; null if none
 */
public record SyncReport(
    long accountId,
    boolean ran,
    int newItems,
    int failedStreams,
    boolean needsReauthorization,
    long networkMillis,
    long storeMillis,
    Instant resumeAt) {

  static SyncReport skipped(long accountId) {
    return new SyncReport(accountId, false, 0, 0, false, 0, 0, null);
  }
}
