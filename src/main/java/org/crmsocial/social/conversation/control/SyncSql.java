package org.crmsocial.social.conversation.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/** What the sync's own SQL does differently on PostgreSQL (the production database) and H2. */
final class SyncSql {

  private SyncSql() {}

  static boolean postgres(Connection c) throws SQLException {
    return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
  }

  /** The statement that takes the next value of {@code sequence}. */
  static String nextValue(Connection c, String sequence) throws SQLException {
    return postgres(c) ? "SELECT nextval('" + sequence + "')" : "SELECT NEXT VALUE FOR " + sequence;
  }

  /**
   * On PostgreSQL, has the rest of the transaction planned with its values. The sync runs the same
   * lookups thousands of times a connection, and after five PostgreSQL may keep one generic plan
   * per statement: one made while the table was small (a first sync) scans it whole ever after, a
   * page at a time slower as a backlog grows it, until its statistics are refreshed (never, where
   * autovacuum is off). H2 plans each execution anyway.
   */
  static void planWithValues(Connection c) throws SQLException {
    if (postgres(c)) {
      try (Statement s = c.createStatement()) {
        s.execute("SET LOCAL plan_cache_mode = force_custom_plan");
      }
    }
  }
}
