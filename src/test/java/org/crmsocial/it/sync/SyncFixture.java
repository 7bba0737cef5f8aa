package org.crmsocial.it.sync;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.crmsocial.platform.control.Clock;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.settings.entity.SocialAccount;

/**
 * What the sync tests inspect and arrange straight in the database: the sandbox's own items (its
 * tables share the product database), as the network's API names them, and the stored interactions;
 * rewinding cursors and letting time pass.
 */
@Stateless
public class SyncFixture {

  static final long FACEBOOK_PAGE = 1049;
  static final long TWITTER_BRAND = 2244994945L;
  static final long GOOGLE_PAGE = 1065;

  @PersistenceContext EntityManager em;

  @Resource(lookup = "jdbc/crmsocial")
  DataSource dataSource;

  /**
   * The ids the network's API gives every item of the brand's synced streams (S-3): Facebook page
   * posts, their comments and page messages (every message of each conversation: beyond the latest
   * 20 a conversation shows, the sync reads its messages edge); Twitter own tweets, mentions and
   * DMs; Google+ page activities and their comments.
   */
  public Set<String> sandboxIds(Network network) {
    return sandboxIds(dataSource, network);
  }

  /**
   * {@link #sandboxIds(Network)} in the database behind {@code dataSource}, for tests outside the
   * server (the cluster test counts in the cluster's database).
   */
  public static Set<String> sandboxIds(DataSource dataSource, Network network) {
    Set<String> ids = new HashSet<>();
    switch (network) {
      case FACEBOOK -> {
        query(
                dataSource,
                "SELECT id FROM sbx_item WHERE network = 'FACEBOOK' AND kind = 'POST' AND page_id = ?",
                FACEBOOK_PAGE)
            .forEach(r -> ids.add(FACEBOOK_PAGE + "_" + r[0]));
        query(
                dataSource,
                "SELECT id, root_id FROM sbx_item WHERE network = 'FACEBOOK' AND kind = 'COMMENT' AND page_id = ?",
                FACEBOOK_PAGE)
            .forEach(r -> ids.add(r[1] + "_" + r[0]));
        query(
                dataSource,
                "SELECT id FROM sbx_item WHERE network = 'FACEBOOK' AND kind = 'MESSAGE' AND page_id = ?",
                FACEBOOK_PAGE)
            .forEach(r -> ids.add("m_" + r[0]));
      }
      case TWITTER -> {
        query(
                dataSource,
                "SELECT id FROM sbx_item WHERE network = 'TWITTER' AND kind = 'POST' AND (page_id = ? OR target_id = ?)",
                TWITTER_BRAND,
                TWITTER_BRAND)
            .forEach(r -> ids.add(String.valueOf(r[0])));
        query(
                dataSource,
                "SELECT id FROM sbx_item WHERE network = 'TWITTER' AND kind = 'MESSAGE' AND page_id = ?",
                TWITTER_BRAND)
            .forEach(r -> ids.add(String.valueOf(r[0])));
      }
      case GOOGLE_PLUS -> {
        query(
                dataSource,
                "SELECT id FROM sbx_item WHERE network = 'GOOGLE' AND kind = 'POST' AND page_id = ?",
                GOOGLE_PAGE)
            .forEach(r -> ids.add("z12" + Long.toString(r[0], 36)));
        query(
                dataSource,
                "SELECT id FROM sbx_item WHERE network = 'GOOGLE' AND kind = 'COMMENT' AND page_id = ?",
                GOOGLE_PAGE)
            .forEach(r -> ids.add("z13" + Long.toString(r[0], 36)));
      }
    }
    return ids;
  }

  /** The external ids of the interactions stored for an account, one entry per row. */
  public List<String> storedIds(long accountId) {
    return em.createQuery(
            "SELECT i.externalId FROM SocialInteraction i WHERE i.account.id = :id", String.class)
        .setParameter("id", accountId)
        .getResultList();
  }

  /** How many interactions are stored for an account. */
  public long storedCount(long accountId) {
    return em.createQuery(
            "SELECT COUNT(i) FROM SocialInteraction i WHERE i.account.id = :id", Long.class)
        .setParameter("id", accountId)
        .getSingleResult();
  }

  /** Rows sharing a (network, external id), which the database must never hold. */
  public long duplicates() {
    return query(
            "SELECT COUNT(*) FROM (SELECT network, external_id FROM social_interaction GROUP BY network, external_id HAVING COUNT(*) > 1) d")
        .get(0)[0];
  }

  /** Sets every cursor of an account back to nothing read: the next run overlaps what is stored. */
  public void rewind(long accountId) {
    em.createQuery(
            "UPDATE SyncCursor c SET c.sinceMarker = NULL, c.pendingMarker = NULL, c.backfillCursor = NULL WHERE c.account.id = :id")
        .setParameter("id", accountId)
        .executeUpdate();
  }

  /**
   * The ids the network's API gives the sandbox items {@code rawIds} (as its admin calls answer):
   * posts, comments (Facebook: under their post) and messages.
   */
  public Set<String> networkIdsOf(Network network, List<Long> rawIds) {
    Set<String> ids = new HashSet<>();
    for (long raw : rawIds) {
      for (long[] r :
          query(
              "SELECT id, root_id, CASE WHEN kind = 'COMMENT' THEN 1 ELSE 0 END,"
                  + " CASE WHEN kind = 'MESSAGE' THEN 1 ELSE 0 END FROM sbx_item WHERE id = ?",
              raw)) {
        boolean comment = r[2] == 1;
        boolean message = r[3] == 1;
        ids.add(
            switch (network) {
              case FACEBOOK ->
                  message ? "m_" + r[0] : (comment ? r[1] : FACEBOOK_PAGE) + "_" + r[0];
              case TWITTER -> String.valueOf(r[0]);
              case GOOGLE_PLUS -> (comment ? "z13" : "z12") + Long.toString(r[0], 36);
            });
      }
    }
    return ids;
  }

  /** Makes the full walk of an account's streams due now (as when its interval has passed). */
  public void walkDue(long accountId) {
    em.createQuery("UPDATE SyncCursor c SET c.nextWalkAt = NULL WHERE c.account.id = :id")
        .setParameter("id", accountId)
        .executeUpdate();
  }

  /** Lets the waits of an account's streams pass (as if the rate limit's reset time had come). */
  public void passWaits(long accountId) {
    em.createQuery(
            "UPDATE SyncCursor c SET c.nextAttemptAt = :past WHERE c.account.id = :id AND c.nextAttemptAt IS NOT NULL")
        .setParameter("past", Clock.now().minusSeconds(1))
        .setParameter("id", accountId)
        .executeUpdate();
  }

  /** The stored cursor of a stream (its times as stored, whatever the clock says now). */
  public org.crmsocial.social.sync.entity.SyncCursor cursor(
      long accountId, org.crmsocial.social.provider.model.NetworkStream stream) {
    return em.createQuery(
            "SELECT c FROM SyncCursor c WHERE c.account.id = :id AND c.stream = :stream",
            org.crmsocial.social.sync.entity.SyncCursor.class)
        .setParameter("id", accountId)
        .setParameter("stream", stream)
        .getSingleResult();
  }

  /** How many cursors an account has. */
  public long cursors(long accountId) {
    return em.createQuery("SELECT COUNT(c) FROM SyncCursor c WHERE c.account.id = :id", Long.class)
        .setParameter("id", accountId)
        .getSingleResult();
  }

  public SocialAccount account(long id) {
    SocialAccount account = em.find(SocialAccount.class, id);
    em.refresh(account);
    return account;
  }

  private List<long[]> query(String sql, Object... args) {
    return query(dataSource, sql, args);
  }

  private static List<long[]> query(DataSource dataSource, String sql, Object... args) {
    List<long[]> rows = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        int columns = r.getMetaData().getColumnCount();
        while (r.next()) {
          long[] row = new long[columns];
          for (int i = 0; i < columns; i++) {
            row[i] = r.getLong(i + 1);
          }
          rows.add(row);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
    return rows;
  }
}
