package org.crmsocial.sandbox.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import javax.sql.DataSource;
import org.crmsocial.sandbox.model.Network;
import org.flywaydb.core.Flyway;

/**
 * Brings the sandbox networks up at startup, only when {@code crmsocial.sandbox.enabled}: runs the
 * sandbox's own Flyway migrations ({@code db/sandbox}, history in {@code sandbox_schema_history},
 * baselined at 0 because the product's tables share the schema), seeds the demo accounts, pages,
 * people and a week of history once (idempotent: a network already seeded is left alone), and
 * starts the non-persistent activity timer at {@code crmsocial.sandbox.activity-interval}.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SandboxStartup {

  private static final System.Logger LOG = System.getLogger(SandboxStartup.class.getName());

  @Resource(lookup = "jdbc/crmsocial")
  DataSource dataSource;

  @Resource UserTransaction tx;
  @Resource TimerService timers;
  @Inject SandboxConfig config;
  @Inject ActorDirectory actors;
  @Inject ActivityService activity;
  @Inject SandboxDb db;

  @PostConstruct
  void start() {
    if (!config.enabled()) {
      LOG.log(Level.INFO, "Sandbox networks are off (crmsocial.sandbox.enabled=false)");
      return;
    }
    Flyway.configure(getClass().getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/sandbox")
        .table("sandbox_schema_history")
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
    db.reserveBackdated();
    for (Network network : Network.values()) {
      seed(network);
    }
    Duration interval = config.activityInterval();
    if (!interval.isZero()) {
      timers.createIntervalTimer(
          interval.toMillis(), interval.toMillis(), new TimerConfig("sandbox-activity", false));
    }
    LOG.log(Level.INFO, "Sandbox networks are on; activity every {0}", interval);
  }

  private void seed(Network network) {
    try {
      if (!exists("SELECT 1 FROM sbx_actor WHERE id = ?", DemoData.brandPage(network))) {
        tx.begin();
        try (Connection c = dataSource.getConnection()) {
          actors.insertMissing(c, DemoData.actors(network));
        }
        tx.commit();
      }
      if (!exists("SELECT 1 FROM sbx_item WHERE page_id = ?", DemoData.brandPage(network))) {
        tx.begin();
        activity.seedHistory(network, Duration.ofDays(7));
        tx.commit();
        LOG.log(Level.INFO, "Sandbox {0}: demo data seeded", network.path());
      }
    } catch (Exception e) {
      try {
        tx.rollback();
      } catch (Exception ignored) {
        // nothing begun, or already ended
      }
      throw new IllegalStateException("Sandbox demo data for " + network.path(), e);
    }
  }

  private boolean exists(String sql, long id) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        return r.next();
      }
    }
  }

  @Timeout
  void tick() {
    for (Network network : Network.values()) {
      try {
        activity.generate(network, 1);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Sandbox activity for " + network.path() + " failed: " + e);
      }
    }
  }
}
