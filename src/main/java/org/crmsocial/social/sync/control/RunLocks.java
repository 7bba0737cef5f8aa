package org.crmsocial.social.sync.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One run per account at a time on this server (the database lease, {@link SyncLeases}, keeps the
 * servers of a cluster apart; it cannot tell two runs of the same server apart). Application
 * scoped, so every instance of the pooled {@link SyncEngine} shares it without static state.
 */
@ApplicationScoped
public class RunLocks {

  /** How long Sync now waits for a run under way (on a thread of its own, never a request's). */
  static final long MANUAL_WAIT_MINUTES = 2;

  private final Map<Long, ReentrantLock> running = new ConcurrentHashMap<>();

  /**
   * Takes the account's lock: a timer run only if it is free, Sync now after the run under way (for
   * at most {@link #MANUAL_WAIT_MINUTES}); whether it was taken.
   */
  public boolean lock(long accountId, boolean manual) {
    ReentrantLock lock = running.computeIfAbsent(accountId, k -> new ReentrantLock());
    try {
      return manual ? lock.tryLock(MANUAL_WAIT_MINUTES, TimeUnit.MINUTES) : lock.tryLock();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Frees the lock {@link #lock} took. */
  public void unlock(long accountId) {
    running.get(accountId).unlock();
  }
}
