package org.crmsocial.social.sync.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.lang.System.Logger.Level;

/**
 * At startup, after the schema is migrated, puts the sync timers right: one per active account
 * ({@link SyncScheduler#reconcile}). A failure here is logged and does not stop the application.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class SyncStartup {

  private static final System.Logger LOG = System.getLogger(SyncStartup.class.getName());

  @EJB SyncScheduler scheduler;
  @EJB CursorStore cursors;

  @PostConstruct
  void reconcile() {
    try {
      scheduler.reconcile(cursors.activeAccounts());
    } catch (RuntimeException e) {
      LOG.log(
          Level.ERROR,
          "The feed sync timers could not be set up; accounts sync after their next status change",
          e);
    }
  }
}
