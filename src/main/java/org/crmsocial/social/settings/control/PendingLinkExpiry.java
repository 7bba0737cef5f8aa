package org.crmsocial.social.settings.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.OffsetDateTime;
import java.util.List;
import org.crmsocial.platform.control.Clock;

/**
 * Removes every Facebook or Google+ account still waiting for its page 15 minutes after linking, so
 * a closed browser never leaves one behind (S-11, S-16; DESIGN.md §3). Runs every minute on each
 * server (non-persistent: the work is idempotent, so running on several servers at once is
 * harmless); revokes the removed accounts' tokens afterwards, best effort.
 */
@Stateless
public class PendingLinkExpiry {

  private static final System.Logger LOG = System.getLogger(PendingLinkExpiry.class.getName());

  @EJB LinkStore store;
  @Inject TokenRevocation revocation;

  @Schedule(hour = "*", minute = "*", second = "17", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void onTimeout() {
    expire(Clock.now());
  }

  /** Removes what has waited for its page since before {@code now} minus 15 minutes; the count. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int expire(OffsetDateTime now) {
    List<Credentials> removed = store.removeExpiredPending(now);
    removed.forEach(revocation::revoke);
    if (!removed.isEmpty()) {
      LOG.log(
          Level.INFO,
          "Removed {0} social account(s) that waited for their page too long",
          removed.size());
    }
    return removed.size();
  }
}
