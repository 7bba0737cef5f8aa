package org.crmsocial.social.sync.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crmsocial.platform.boundary.Messages;
import org.crmsocial.platform.control.RuleViolation;
import org.crmsocial.security.control.AccessPolicy;
import org.crmsocial.social.sync.control.StreamStatus;
import org.crmsocial.social.sync.control.SyncEngine;
import org.crmsocial.social.sync.control.SyncService;

/**
 * The sync status panel ({@code WEB-INF/includes/social/sync-status.xhtml}) of an account: per
 * stream the last success, next attempt, last error and items fetched, and Sync now. Every call is
 * decided by {@link SyncService} (Manage Social only).
 */
@Named
@RequestScoped
public class SyncStatusView {

  @Inject SyncService sync;
  @Inject AccessPolicy policy;

  private final Map<Long, List<StreamStatus>> loaded = new HashMap<>();

  /** Whether the panel may be shown: Manage Social users only (another page may include it). */
  public boolean isAllowed() {
    return policy.canManageSocial();
  }

  /** The streams of an account, read once per request. */
  public List<StreamStatus> streams(long accountId) {
    return loaded.computeIfAbsent(accountId, sync::status);
  }

  /** Sync now: one run at once, with what it found as a message. */
  public void syncNow(long accountId) {
    loaded.remove(accountId);
    try {
      SyncEngine.Report report = sync.syncNow(accountId);
      if (!report.ran()) {
        Messages.info(
            "social.sync.busy"); // a run under way here, or another server holds the lease
      } else if (report.failedStreams() > 0 || report.needsReauthorization()) {
        Messages.error("social.sync.ranWithErrors", report.newItems(), report.failedStreams());
      } else {
        Messages.info("social.sync.ran", report.newItems());
      }
    } catch (RuleViolation refused) {
      Messages.error(null, refused);
    }
  }
}
