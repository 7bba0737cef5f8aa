package org.crmsocial.social.sync.control;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Keeps one run's lease on its account ({@link SyncLeases}) while the run goes: asked after every
 * committed page and at the end of every stream, it renews the lease when {@code spacing} has
 * passed since it last did, so that a long stream never outlasts its lease and the renewals cost a
 * few statements a minute. Once a renewal fails (the lease expired and another server took the
 * account) the lease stays lost. Its own time is this server's monotonic clock: only the lease's
 * expiry, kept by the database's clock, is compared across servers. Pages are committed on the
 * run's thread alone, but a read ahead may ask too: hence synchronized.
 */
final class LeaseKeeper {

  private final BooleanSupplier renew;
  private final long spacingNanos;
  private long renewedAt;
  private boolean lost;

  /**
   * @param renew renews the lease; false when it is no longer the run's
   * @param spacing the least time between two renewals
   */
  LeaseKeeper(BooleanSupplier renew, Duration spacing) {
    this.renew = renew;
    this.spacingNanos = spacing.toNanos();
    this.renewedAt = System.nanoTime(); // the lease was just taken
  }

  /** Renews the lease if it is due; whether the run still holds it. */
  synchronized boolean keep() {
    if (lost) {
      return false;
    }
    long now = System.nanoTime();
    if (now - renewedAt < spacingNanos) {
      return true;
    }
    if (!renew.getAsBoolean()) {
      lost = true;
      return false;
    }
    renewedAt = now;
    return true;
  }
}
