package org.crmsocial.sandbox.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * The sandbox's access to {@code jdbc/crmsocial}, and its id allocator: item and consent ids come
 * from {@code sbx_item_seq} in blocks of 1000, handed out in increasing order, so that newest-first
 * paging by id is paging by creation. The only place that knows the two SQL dialects apart.
 */
@ApplicationScoped
public class SandboxDb {

  /** How many ids one value of {@code sbx_item_seq} stands for (its INCREMENT BY). */
  static final int BLOCK = 1000;

  @Resource(lookup = "jdbc/crmsocial")
  DataSource dataSource;

  private volatile String nextValSql;
  private long next;
  private long limit;

  /** A connection, enlisted in the caller's transaction if there is one. */
  public Connection connection() throws SQLException {
    return dataSource.getConnection();
  }

  /** The data source itself (Flyway, the bulk seeder). */
  public DataSource dataSource() {
    return dataSource;
  }

  /** The next id. */
  public synchronized long nextId() {
    if (next >= limit) {
      long start = nextBlock();
      next = start;
      limit = start + BLOCK;
    }
    return next++;
  }

  private long backdatedNext;
  private long backdatedLimit;

  /**
   * Sets a block of ids aside for backdated items (see {@link #backdatedId}); called at startup,
   * before anything else takes ids.
   */
  public synchronized void reserveBackdated() {
    backdatedNext = nextBlock();
    backdatedLimit = backdatedNext + BLOCK;
  }

  /**
   * An id from the block set aside at startup: lower than every id handed out since, so the item
   * sorts behind everything stored since the start, as a backdated post does on a network.
   *
   * @throws IllegalStateException when the block is used up (until the next start)
   */
  public synchronized long backdatedId() {
    if (backdatedNext >= backdatedLimit) {
      throw new IllegalStateException("no ids left for backdated items until the sandbox restarts");
    }
    return backdatedNext++;
  }

  /**
   * Reserves a whole block of ids for a bulk writer: ids {@code start … start + BLOCK - 1}. The ids
   * left in the block {@link #nextId} hands out are dropped, so that what is created after the bulk
   * items sorts above them, as on a network (not behind them, where a newest-first read would not
   * look).
   */
  public synchronized long reserveBlock() {
    long start = nextBlock();
    next = limit;
    return start;
  }

  private long nextBlock() {
    try (Connection c = connection();
        PreparedStatement s = c.prepareStatement(nextValSql(c));
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("sbx_item_seq", e);
    }
  }

  /**
   * Refreshes the planner's statistics of the item tables after a bulk seed: without them
   * PostgreSQL's generic plans for the nested-comment lookups scan the table (9 instead of 70 feed
   * requests a second after a million rows).
   */
  public void analyze() {
    try (Connection c = connection();
        java.sql.Statement s = c.createStatement()) {
      boolean postgres = nextValSql(c).contains("nextval");
      s.execute(postgres ? "ANALYZE sbx_item" : "ANALYZE TABLE sbx_item");
      s.execute(postgres ? "ANALYZE sbx_like" : "ANALYZE TABLE sbx_like");
    } catch (SQLException e) {
      throw new IllegalStateException("analyze", e);
    }
  }

  private String nextValSql(Connection c) throws SQLException {
    if (nextValSql == null) {
      String product = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
      nextValSql =
          product.contains("postgres")
              ? "SELECT nextval('sbx_item_seq')"
              : "SELECT NEXT VALUE FOR sbx_item_seq";
    }
    return nextValSql;
  }

  /** A timestamp column as UTC time, or null. */
  public static OffsetDateTime time(ResultSet r, String column) throws SQLException {
    Timestamp t = r.getTimestamp(column);
    return t == null ? null : t.toInstant().atOffset(ZoneOffset.UTC);
  }

  /** Binds a time (or null) to a TIMESTAMP WITH TIME ZONE parameter. */
  public static void setTime(PreparedStatement s, int index, OffsetDateTime t) throws SQLException {
    if (t == null) {
      s.setNull(index, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      s.setObject(index, t);
    }
  }
}
