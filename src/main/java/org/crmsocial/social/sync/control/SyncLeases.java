package org.crmsocial.social.sync.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.crmsocial.social.sync.entity.SyncLease;

/**
 * The database lease of an account's sync (DESIGN.md §4: in a cluster each sync runs on exactly one
 * server). A run takes the lease with a conditional UPDATE that succeeds only while the lease is
 * free, expired or already its own, renews it as it goes and releases it at the end; a server that
 * dies mid-run leaves a lease that expires, and another server takes over. Expiry is kept by the
 * database's clock, the one clock every server shares ({@link #databaseNow}); the calls with a
 * {@code now} of their own are for tests that move time. Each call is its own short transaction.
 * System work: no user rules apply.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SyncLeases {

  /** This server (this JVM's start): the owner of the leases it takes. */
  public static final String SERVER =
      ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

  @PersistenceContext EntityManager em;

  /** Takes the account's lease for {@code owner} for {@code ttl} by the database's clock. */
  public boolean take(long accountId, String owner, Duration ttl) {
    return take(accountId, owner, databaseNow(), ttl);
  }

  /** Extends {@code owner}'s lease by {@code ttl} from the database's now; false once lost. */
  public boolean renew(long accountId, String owner, Duration ttl) {
    return renew(accountId, owner, databaseNow(), ttl);
  }

  /** Who holds the account's lease now by the database's clock, if anyone. */
  public Optional<String> holder(long accountId) {
    return holder(accountId, databaseNow());
  }

  /**
   * The database's now: the servers of a cluster may disagree on the time, the database they share
   * gives one answer (PostgreSQL and H2 both answer {@code SELECT CURRENT_TIMESTAMP}).
   */
  public OffsetDateTime databaseNow() {
    Object now = em.createNativeQuery("SELECT CURRENT_TIMESTAMP").getSingleResult();
    Instant instant;
    if (now instanceof OffsetDateTime t) {
      instant = t.toInstant(); // H2
    } else if (now instanceof Timestamp t) {
      instant = t.toInstant(); // PostgreSQL
    } else {
      throw new IllegalStateException("CURRENT_TIMESTAMP came as " + now.getClass().getName());
    }
    return instant.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * Takes the account's lease for {@code owner} until {@code now + ttl}, if it is free, expired or
   * already {@code owner}'s; whether it was taken.
   */
  public boolean take(long accountId, String owner, OffsetDateTime now, Duration ttl) {
    int taken =
        em.createQuery(
                "UPDATE SyncLease l SET l.owner = :owner, l.expiresAt = :until WHERE l.accountId = :id"
                    + " AND (l.owner IS NULL OR l.owner = :owner OR l.expiresAt IS NULL OR l.expiresAt < :now)")
            .setParameter("owner", owner)
            .setParameter("until", now.plus(ttl))
            .setParameter("id", accountId)
            .setParameter("now", now)
            .executeUpdate();
    if (taken == 1) {
      return true;
    }
    long exists =
        em.createQuery("SELECT COUNT(l) FROM SyncLease l WHERE l.accountId = :id", Long.class)
            .setParameter("id", accountId)
            .getSingleResult();
    if (exists > 0) {
      return false;
    }
    try {
      em.persist(new SyncLease(accountId, owner, now.plus(ttl)));
      em.flush();
      return true;
    } catch (PersistenceException raced) {
      // Another server inserted it first: it holds the lease (this transaction rolls back).
      return false;
    }
  }

  /** Extends {@code owner}'s lease to {@code now + ttl}; false when it is no longer theirs. */
  public boolean renew(long accountId, String owner, OffsetDateTime now, Duration ttl) {
    return em.createQuery(
                "UPDATE SyncLease l SET l.expiresAt = :until WHERE l.accountId = :id AND l.owner = :owner")
            .setParameter("until", now.plus(ttl))
            .setParameter("id", accountId)
            .setParameter("owner", owner)
            .executeUpdate()
        == 1;
  }

  /**
   * Frees {@code owner}'s lease (a lease since taken by another stays theirs). The owner stays
   * written, as the server that ran the account last ({@link #lastRunBy}).
   */
  public void release(long accountId, String owner) {
    em.createQuery(
            "UPDATE SyncLease l SET l.expiresAt = NULL WHERE l.accountId = :id AND l.owner = :owner")
        .setParameter("id", accountId)
        .setParameter("owner", owner)
        .executeUpdate();
  }

  /** The server whose run of the account took its lease last, if any did ({@link #SERVER}). */
  public Optional<String> lastRunBy(long accountId) {
    return em.createQuery(
            "SELECT l.owner FROM SyncLease l WHERE l.accountId = :id AND l.owner IS NOT NULL",
            String.class)
        .setParameter("id", accountId)
        .getResultStream()
        .findFirst();
  }

  /** Who holds the account's lease at {@code now}, if anyone. */
  public Optional<String> holder(long accountId, OffsetDateTime now) {
    return em.createQuery(
            "SELECT l.owner FROM SyncLease l WHERE l.accountId = :id AND l.owner IS NOT NULL"
                + " AND l.expiresAt >= :now",
            String.class)
        .setParameter("id", accountId)
        .setParameter("now", now)
        .getResultStream()
        .findFirst();
  }
}
