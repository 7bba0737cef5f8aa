package org.crmsocial.social.sync.control;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.random.RandomGenerator;
import org.crmsocial.social.provider.control.ProviderClients;
import org.crmsocial.social.settings.entity.AccountStatus;

/**
 * Syncs one account (DESIGN.md §4), one run per account at a time: on a server by a lock ({@link
 * RunLocks}), in a cluster by the account's lease in the database ({@link SyncLeases}); the run
 * itself is {@link AccountRun}. Network calls run with no transaction, each page stored and its
 * cursor moved in a short transaction of {@link CursorStore}. Defines the sync's managed executor
 * ({@link ReadAhead}), bounded so that reads ahead never take more than a few of the server's
 * threads.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@ManagedExecutorDefinition(name = ReadAhead.EXECUTOR, maxAsync = ReadAhead.THREADS)
public class SyncEngine {

  /**
   * How long a run's lease on its account lasts unless renewed: a server that dies mid-run holds
   * the account no longer than this, so that the account's timer, moved to another server, finds it
   * free (README, Cluster). Far longer than one page's read and commit.
   */
  static final Duration LEASE = Duration.ofSeconds(90);

  /** How often a run renews its lease at most (after a committed page, after a stream). */
  static final Duration RENEWAL = LEASE.dividedBy(4);

  @EJB CursorStore cursors;
  @EJB SyncLeases leases;
  @Inject SyncCredentials credentials;
  @Inject ProviderClients clients;
  @Inject SyncSettings settings;
  @Inject RunLocks locks;
  @Inject ReadAhead readAhead;

  private final RetryPolicy retry = new RetryPolicy(RandomGenerator.getDefault());

  /** The engine's "now": the system's, or a test's. */
  java.time.Clock clock = java.time.Clock.systemUTC();

  /** How often a run renews its lease at most: {@link #RENEWAL}, or a test's. */
  Duration renewal = RENEWAL;

  /**
   * Syncs an account unless it is not active, or a run of it is under way on this server or, in a
   * cluster, on another.
   *
   * @param manual Sync now: waits for a run under way on this server and ignores back-off waits
   *     (never a rate limit's)
   */
  public SyncReport sync(long accountId, boolean manual) {
    if (!locks.lock(accountId, manual)) {
      return SyncReport.skipped(accountId);
    }
    try {
      if (!takeLease(accountId)) {
        return SyncReport.skipped(accountId); // another server runs it
      }
      try {
        SyncParts parts =
            new SyncParts(cursors, credentials, clients, settings, retry, readAhead, clock);
        return new AccountRun(parts)
            .run(accountId, manual, new LeaseKeeper(() -> renewLease(accountId), renewal));
      } finally {
        leases.release(accountId, SyncLeases.SERVER);
      }
    } finally {
      locks.unlock(accountId);
    }
  }

  private boolean takeLease(long accountId) {
    try {
      return leases.take(accountId, SyncLeases.SERVER, LEASE);
    } catch (EJBException raced) {
      return false;
    }
  }

  /** Renews the run's lease; a renewal that fails (the database unreachable) counts as lost. */
  private boolean renewLease(long accountId) {
    try {
      return leases.renew(accountId, SyncLeases.SERVER, LEASE);
    } catch (EJBException failed) {
      return false;
    }
  }

  /** Whether the account exists and is active. */
  public boolean active(long accountId) {
    return cursors.account(accountId).map(a -> a.status() == AccountStatus.ACTIVE).orElse(false);
  }
}
