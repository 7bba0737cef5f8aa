package org.crmsocial.testsupport;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.crmsocial.platform.control.DatabaseMigrator;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, migrated database for persistence tests outside the server: an in-memory H2 in the mode
 * the server uses, or a schema of its own in the local PostgreSQL (the production path), dropped
 * again by {@link #close()}. The product's persistence unit runs on it with resource-local
 * transactions.
 */
public final class TestDatabase implements AutoCloseable {

  public enum Kind {
    H2,
    POSTGRESQL
  }

  private final Kind kind;
  private final DataSource dataSource;
  private final String schema;
  private EntityManagerFactory emf;

  private TestDatabase(Kind kind, DataSource dataSource, String schema) {
    this.kind = kind;
    this.dataSource = dataSource;
    this.schema = schema;
  }

  /** A new, empty, migrated database of {@code kind}. */
  public static TestDatabase create(Kind kind) {
    String name = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    TestDatabase db =
        switch (kind) {
          case H2 -> {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:" + name + ";MODE=LEGACY;DB_CLOSE_DELAY=-1");
            h2.setUser("sa");
            yield new TestDatabase(kind, h2, null);
          }
          case POSTGRESQL -> {
            PGSimpleDataSource admin = postgres(null);
            execute(admin, "CREATE SCHEMA " + name);
            yield new TestDatabase(kind, postgres(name), name);
          }
        };
    DatabaseMigrator.migrate(db.dataSource);
    return db;
  }

  private static PGSimpleDataSource postgres(String schema) {
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setURL(System.getProperty("test.pg.url", "jdbc:postgresql://127.0.0.1:5432/test"));
    pg.setUser(System.getProperty("test.pg.user", "postgres"));
    if (schema != null) {
      pg.setCurrentSchema(schema);
    }
    return pg;
  }

  private static void execute(DataSource ds, String sql) {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  public Kind kind() {
    return kind;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** The product's persistence unit on this database (resource-local, no validation provider). */
  public synchronized EntityManagerFactory entityManagerFactory() {
    if (emf == null) {
      Map<String, Object> props = new HashMap<>();
      props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
      props.put("jakarta.persistence.jtaDataSource", null);
      props.put("jakarta.persistence.nonJtaDataSource", dataSource);
      props.put("jakarta.persistence.validation.mode", "NONE");
      props.put("eclipselink.target-server", "None");
      props.put("eclipselink.logging.level", "WARNING");
      props.put("eclipselink.cache.shared.default", "false");
      emf = Persistence.createEntityManagerFactory("crmsocial", props);
    }
    return emf;
  }

  /** Runs {@code work} in one resource-local transaction, committed unless it throws. */
  public void inTransaction(java.util.function.Consumer<jakarta.persistence.EntityManager> work) {
    jakarta.persistence.EntityManager em = entityManagerFactory().createEntityManager();
    try {
      em.getTransaction().begin();
      work.accept(em);
      em.getTransaction().commit();
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  @Override
  public void close() {
    if (emf != null) {
      emf.close();
    }
    if (kind == Kind.POSTGRESQL) {
      execute(postgres(null), "DROP SCHEMA " + schema + " CASCADE");
    } else {
      execute(dataSource, "SHUTDOWN");
    }
  }
}
