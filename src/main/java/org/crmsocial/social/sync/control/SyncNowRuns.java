package org.crmsocial.social.sync.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.crmsocial.social.sync.control.SyncNowRun.Phase;

/**
 * The Sync now runs of this server, by account: queued, running, then how the last one ended, for
 * the status panel to show. At most one is pending per account: a Sync now while one is pending
 * joins it. Kept in memory: the queued run is a non-persistent timer of this server ({@link
 * SyncScheduler#queue}), so its outcome is this server's to tell.
 */
@ApplicationScoped
public class SyncNowRuns {

  private final Map<Long, SyncNowRun> runs = new ConcurrentHashMap<>();

  /** Queues a run of the account unless one is pending; whether this call queued it. */
  boolean queue(long accountId) {
    boolean[] queued = {false};
    runs.compute(
        accountId,
        (id, run) -> {
          if (run != null && run.pending()) {
            return run;
          }
          queued[0] = true;
          return new SyncNowRun(Phase.QUEUED, null);
        });
    return queued[0];
  }

  /** The queued run has started. */
  void running(long accountId) {
    runs.put(accountId, new SyncNowRun(Phase.RUNNING, null));
  }

  /** The run ended with {@code report}; a run that was skipped says why. */
  void ended(long accountId, SyncReport report, boolean active) {
    Phase phase = report.ran() ? Phase.FINISHED : active ? Phase.BUSY : Phase.NOT_ACTIVE;
    runs.put(accountId, new SyncNowRun(phase, report));
  }

  /** The run failed inside the server, or could not be queued. */
  void failed(long accountId) {
    runs.put(accountId, new SyncNowRun(Phase.FAILED, null));
  }

  /** The account's last Sync now on this server, if any. */
  public Optional<SyncNowRun> of(long accountId) {
    return Optional.ofNullable(runs.get(accountId));
  }
}
