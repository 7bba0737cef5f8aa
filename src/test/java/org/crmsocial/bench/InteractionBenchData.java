package org.crmsocial.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The data of the Social Interactions benchmarks, put into the product's tables with plain JDBC
 * batches (ids far above the sequences' range, so nothing collides): {@link #PEOPLE} Twitter
 * people, {@link #INTERACTIONS} interactions spread evenly over them (newest first by id), {@link
 * #TYPICAL_LEADS} leads with one person each and one busy lead with {@link #BUSY_PEOPLE} people.
 * Seeding again adds only what is missing.
 */
final class InteractionBenchData {

  static final int PEOPLE = Integer.getInteger("bench.people", 100_000);
  static final int INTERACTIONS = Integer.getInteger("bench.interactions", 1_000_000);
  static final int TYPICAL_LEADS = 1_000;
  static final int BUSY_PEOPLE = 50;
  static final long BASE = 300_000_000L;
  static final long BUSY_LEAD = BASE + TYPICAL_LEADS;
  static final long ACCOUNT = BASE;

  private InteractionBenchData() {}

  /** A typical lead (one person, about ten interactions), by number. */
  static long typicalLead(int n) {
    return BASE + (n % TYPICAL_LEADS);
  }

  /**
   * Seeds what is missing; returns the id of the account in use that the interactions belong to.
   */
  static long seed(Connection c) throws SQLException {
    c.setAutoCommit(false);
    long start = System.nanoTime();
    long account = account(c);
    Timestamp now = Timestamp.from(Instant.now());
    if (count(c, "SELECT COUNT(*) FROM lead WHERE id >= " + BASE) < TYPICAL_LEADS + 1) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO lead (id, last_name, status, source, created_at, updated_at, version)"
                  + " VALUES (?, ?, 'NEW', 'SOCIAL_TAB', ?, ?, 1)")) {
        for (long id = BASE; id <= BUSY_LEAD; id++) {
          ps.setLong(1, id);
          ps.setString(2, "Bench social " + id);
          ps.setTimestamp(3, now);
          ps.setTimestamp(4, now);
          ps.addBatch();
        }
        ps.executeBatch();
      }
      c.commit();
    }
    long people = count(c, "SELECT COUNT(*) FROM social_person WHERE id >= " + BASE);
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO social_person (id, network, external_id, handle, display_name, search_handle, search_name,"
                + " lead_id, first_seen_at, last_seen_at, version) VALUES (?, 'TWITTER', ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
      for (long k = people; k < PEOPLE; k++) {
        ps.setLong(1, BASE + k);
        ps.setString(2, "bench-" + k);
        ps.setString(3, "bench_" + k);
        ps.setString(4, "Bench Person " + k);
        ps.setString(5, "bench_" + k);
        ps.setString(6, "bench person " + k);
        Long lead = null;
        if (k < TYPICAL_LEADS) {
          lead = BASE + k;
        } else if (k < TYPICAL_LEADS + BUSY_PEOPLE) {
          lead = BUSY_LEAD;
        }
        if (lead == null) {
          ps.setNull(7, java.sql.Types.BIGINT);
        } else {
          ps.setLong(7, lead);
        }
        ps.setTimestamp(8, now);
        ps.setTimestamp(9, now);
        ps.addBatch();
        if (k % 5_000 == 4_999) {
          ps.executeBatch();
          c.commit();
        }
      }
      ps.executeBatch();
      c.commit();
    }
    long have = count(c, "SELECT COUNT(*) FROM social_interaction WHERE id >= " + BASE);
    String[] texts = {
      "@acme_jp 注文が届きません", "@acme_jp thanks for the quick reply!", "@acme_jp 新商品いつ出ますか？"
    };
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO social_interaction (id, network, external_id, account_id, stream, kind, direction, author_id,"
                + " text, permalink, created_at, fetched_at, like_count, reply_count, share_count, liked_by_account,"
                + " shared_by_account) VALUES (?, 'TWITTER', ?, ?, 'TWITTER_MENTIONS', 'MENTION', 'IN', ?, ?, ?, ?, ?,"
                + " 0, 0, 0, FALSE, FALSE)")) {
      for (long n = have; n < INTERACTIONS; n++) {
        ps.setLong(1, BASE + n);
        ps.setString(2, "bench-i-" + n);
        ps.setLong(3, account);
        ps.setLong(4, BASE + (n % PEOPLE));
        ps.setString(5, texts[(int) (n % texts.length)]);
        ps.setString(6, "https://twitter.com/i/web/status/" + n);
        ps.setTimestamp(7, new Timestamp(now.getTime() - (INTERACTIONS - n) * 1000));
        ps.setTimestamp(8, now);
        ps.addBatch();
        if (n % 5_000 == 4_999) {
          ps.executeBatch();
          c.commit();
        }
      }
      ps.executeBatch();
      c.commit();
    }
    c.setAutoCommit(true);
    System.out.println(
        String.format(
            Locale.ROOT,
            "BENCH seed: %d people (%d added), %d interactions (%d added) in %.1f s",
            PEOPLE,
            PEOPLE - people,
            INTERACTIONS,
            INTERACTIONS - have,
            (System.nanoTime() - start) / 1e9));
    if (c.getMetaData().getDatabaseProductName().startsWith("PostgreSQL")) {
      // What autovacuum does a minute after a bulk load: statistics for the planner.
      try (Statement s = c.createStatement()) {
        s.execute("ANALYZE social_person");
        s.execute("ANALYZE social_interaction");
        s.execute("ANALYZE lead");
      }
      if (!c.getAutoCommit()) {
        c.commit();
      }
    }
    return account;
  }

  /** "h2" or "postgresql": the database the figures are for. */
  static String database(Connection c) throws SQLException {
    return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
  }

  /** The Twitter account in use, or a bench account waiting for re-authorization (never synced). */
  private static long account(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT id FROM social_account WHERE live_network = 'TWITTER'")) {
      if (rs.next()) {
        return rs.getLong(1);
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO social_account (id, network, live_network, external_user_id, external_name, status,"
                + " linked_by_name, linked_at, version) VALUES (?, 'TWITTER', 'TWITTER', 'bench', 'Bench', 'NEEDS_REAUTH',"
                + " 'bench', ?, 1)")) {
      ps.setLong(1, ACCOUNT);
      ps.setTimestamp(2, Timestamp.from(Instant.now()));
      ps.executeUpdate();
    }
    c.commit();
    return ACCOUNT;
  }

  /** Lets the Administrator profile view the bench account's streams on the Social tab. */
  static void grantAdministratorView(Connection c, long account) throws SQLException {
    c.setAutoCommit(false);
    long profile = count(c, "SELECT id FROM profile WHERE system_kind = 'ADMINISTRATOR'");
    if (count(
            c,
            "SELECT COUNT(*) FROM action_grant WHERE account_id = "
                + account
                + " AND profile_id = "
                + profile
                + " AND action = 'VIEW'")
        == 0) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO action_grant (id, account_id, profile_id, action) VALUES (?, ?, ?, 'VIEW')")) {
        ps.setLong(1, BASE + 1);
        ps.setLong(2, account);
        ps.setLong(3, profile);
        ps.executeUpdate();
      }
      c.commit();
    }
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The plan of the list's first page for {@code lead}, as the database explains it. */
  static List<String> plan(Connection c, String explain, long lead, long account)
      throws SQLException {
    String sql =
        explain
            + " SELECT i.id, i.network, i.kind, i.direction, p.display_name, p.handle, i.text, i.permalink, i.created_at"
            + " FROM social_interaction i JOIN social_person p ON p.id = i.author_id"
            + " WHERE p.lead_id = ? AND i.account_id IN (?) ORDER BY i.created_at DESC, i.id DESC LIMIT 10 OFFSET 0";
    List<String> lines = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, lead);
      ps.setLong(2, account);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          lines.add(rs.getString(1));
        }
      }
    }
    return lines;
  }

  /** Median, p95 and max of {@code ms}, sorted in place, as a BENCH line. */
  static String figures(String what, List<Double> ms) {
    ms.sort(null);
    return String.format(
        Locale.ROOT,
        "BENCH %-64s median %7.2f ms  p95 %7.2f ms  max %7.2f ms  (%d calls)",
        what,
        ms.get(ms.size() / 2),
        ms.get((int) Math.ceil(ms.size() * 0.95) - 1),
        ms.get(ms.size() - 1),
        ms.size());
  }
}
