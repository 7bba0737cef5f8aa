package org.crmsocial.social.sync.control;

import java.time.OffsetDateTime;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.NetworkStream;
import org.crmsocial.social.settings.entity.AccountStatus;

/**
 * Where the sync of one stream of one account stands, for the sync status panel.
 *
 * @param lastSuccessAt the end of the last run without error, or null
 * @param lastAttemptAt the end of the last run, or null
 * @param nextAttemptAt when the stream is read next: after a back-off or rate limit its time, else
 *     the account's next timer tick; null when the account is not synced
 * @param waitingForRateLimit whether {@code nextAttemptAt} is a network's rate-limit reset
 * @param lastError the last run's error in words, null after a good run
 * @param consecutiveFailures failed runs in a row
 * @param itemsFetched new items stored by the sync, in all
 * @param lastRunItems new items stored by the last run
 * @param backfilling whether an older range is still being read, page by page over several runs
 * @param fullWalk whether a full re-read of every page of the stream is under way ({@link
 *     FullWalk})
 * @param fullWalkPages the pages that re-read has committed so far
 * @param lastFullWalkAt when the last full re-read reached the end of the stream, or null
 */
public record StreamStatus(
    long accountId,
    Network network,
    String accountName,
    AccountStatus accountStatus,
    NetworkStream stream,
    OffsetDateTime lastSuccessAt,
    OffsetDateTime lastAttemptAt,
    OffsetDateTime nextAttemptAt,
    boolean waitingForRateLimit,
    String lastError,
    int consecutiveFailures,
    long itemsFetched,
    int lastRunItems,
    boolean backfilling,
    boolean fullWalk,
    int fullWalkPages,
    OffsetDateTime lastFullWalkAt) {

  /** The stream's name as a message key suffix. */
  public String getStreamName() {
    return stream.name();
  }

  public boolean isFailing() {
    return lastError != null;
  }
}
