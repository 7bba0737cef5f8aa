package org.crmsocial.social.sync.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crmsocial.platform.boundary.Messages;
import org.crmsocial.security.control.AccessPolicy;
import org.crmsocial.social.sync.control.StreamStatus;
import org.crmsocial.social.sync.control.SyncNowRun;
import org.crmsocial.social.sync.control.SyncReport;
import org.crmsocial.social.sync.control.SyncService;

/**
 * The sync status panel ({@code WEB-INF/includes/social/sync-status.xhtml}) of an account: per
 * stream the last success, next attempt, last error and items fetched, and Sync now, which queues a
 * run; while it is pending the panel polls, says it is queued or running, and then tells what it
 * found. Every call is decided by {@link SyncService} (Manage Social only).
 */
@Named
@RequestScoped
public class SyncStatusView {

  @Inject SyncService sync;
  @Inject AccessPolicy policy;

  private final Map<Long, List<StreamStatus>> loaded = new HashMap<>();
  private final Map<Long, Optional<SyncNowRun>> runs = new HashMap<>();
  private final Set<Long> queued = new HashSet<>();

  /** Whether the panel may be shown: Manage Social users only (another page may include it). */
  public boolean isAllowed() {
    return policy.canManageSocial();
  }

  /** The streams of an account, read once per request. */
  public List<StreamStatus> streams(long accountId) {
    return loaded.computeIfAbsent(accountId, sync::status);
  }

  /** Sync now: queues a run; the panel follows it. */
  public void syncNow(long accountId) {
    forget(accountId);
    sync.syncNow(accountId); // a refusal shows through RuleViolationExceptionHandler
    queued.add(accountId);
  }

  /** Whether the account's Sync now has yet to end. */
  public boolean pending(long accountId) {
    return run(accountId).map(SyncNowRun::pending).orElse(false);
  }

  /**
   * Whether the panel polls: while a run is pending, and once after this request queued one (it may
   * have ended before the page is drawn: the poll then tells how).
   */
  public boolean polling(long accountId) {
    return queued.contains(accountId) || pending(accountId);
  }

  /** What the pending run is doing, in words; null when none is pending. */
  public String step(long accountId) {
    return run(accountId)
        .filter(SyncNowRun::pending)
        .map(
            r ->
                Messages.text(
                    r.phase() == SyncNowRun.Phase.QUEUED
                        ? "social.sync.queued"
                        : "social.sync.running"))
        .orElse(null);
  }

  /** A poll while a run is pending: reloads the panel, and once the run has ended says how. */
  public void poll(long accountId) {
    forget(accountId);
    run(accountId).filter(r -> !r.pending()).ifPresent(SyncStatusView::tell);
  }

  private static void tell(SyncNowRun run) {
    SyncReport report = run.report();
    switch (run.phase()) {
      case FINISHED -> {
        if (report.failedStreams() > 0 || report.needsReauthorization()) {
          Messages.error("social.sync.ranWithErrors", report.newItems(), report.failedStreams());
        } else {
          Messages.info("social.sync.ran", report.newItems());
        }
      }
      // a run under way on another server holds the lease
      case BUSY -> Messages.info("social.sync.busy");
      case NOT_ACTIVE -> Messages.error("social.sync.error.notActive");
      default -> Messages.error("social.sync.failed");
    }
  }

  /** A run not pending: the poll stops. */
  public boolean idle(long accountId) {
    return !pending(accountId);
  }

  private Optional<SyncNowRun> run(long accountId) {
    return runs.computeIfAbsent(accountId, sync::lastSyncNow);
  }

  private void forget(long accountId) {
    loaded.remove(accountId);
    runs.remove(accountId);
  }
}
