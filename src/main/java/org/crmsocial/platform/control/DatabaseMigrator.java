package org.crmsocial.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date at startup with the versioned migrations in {@code db/migration}, on
 * whichever database {@code jdbc/crmsocial} points at (H2 or PostgreSQL), then fires {@link
 * SchemaMigrated} so that the installer creates what a new installation needs. Nothing else in the
 * application runs before this has finished.
 *
 * <p>Bean-managed transactions: Flyway handles its own. The baseline at version 0 lets the first
 * migration run although Liberty's persistent-timer tables already share the schema.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

  private static final System.Logger LOG = System.getLogger(DatabaseMigrator.class.getName());

  /** The product's own migration history; the sandbox networks keep theirs apart. */
  public static final String HISTORY_TABLE = "flyway_schema_history";

  @Resource(lookup = "jdbc/crmsocial")
  DataSource dataSource;

  @Inject Event<SchemaMigrated> migrated;

  private volatile boolean ready;

  @PostConstruct
  void migrate() {
    MigrateResult result = migrate(dataSource);
    LOG.log(
        Level.INFO,
        "Database schema at version {0} ({1} migrations applied)",
        result.targetSchemaVersion == null
            ? result.initialSchemaVersion
            : result.targetSchemaVersion,
        result.migrationsExecuted);
    migrated.fire(new SchemaMigrated());
    ready = true;
  }

  /** Runs the product's migrations on {@code dataSource}; used by the startup and by tests. */
  public static MigrateResult migrate(DataSource dataSource) {
    return Flyway.configure(DatabaseMigrator.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .table(HISTORY_TABLE)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }

  /** Whether the schema is migrated and the installation complete (the readiness check). */
  public boolean isReady() {
    return ready;
  }
}
