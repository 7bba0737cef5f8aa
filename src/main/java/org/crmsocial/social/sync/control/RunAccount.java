package org.crmsocial.social.sync.control;

import java.time.Instant;
import org.crmsocial.social.provider.control.SocialNetworkClient;
import org.crmsocial.social.settings.control.AccountTokens;
import org.crmsocial.social.sync.control.CursorStore.AccountSnapshot;

/**
 * The account one run syncs: its client, its tokens for this run (renewed at most once), its lease,
 * whether the run must stop, and the pause its network's account-wide budget asks for. One per run;
 * the pause is set by reads ahead too, hence synchronized.
 */
final class RunAccount {

  final AccountSnapshot snapshot;
  final SocialNetworkClient client;
  AccountTokens credentials;
  boolean refreshed;
  boolean needsReauthorization;
  boolean stopped;
  private final LeaseKeeper lease;
  private Instant pauseUntil;

  RunAccount(
      AccountSnapshot snapshot,
      SocialNetworkClient client,
      AccountTokens credentials,
      LeaseKeeper lease) {
    this.snapshot = snapshot;
    this.client = client;
    this.credentials = credentials;
    this.lease = lease;
  }

  long id() {
    return snapshot.id();
  }

  /** Holds every call of the account until {@code until} (a throttle, its usage). */
  synchronized void pause(Instant until) {
    pauseUntil = SyncTimes.later(pauseUntil, until);
  }

  synchronized Instant pausedUntil() {
    return pauseUntil;
  }

  /** Whether the run goes on to the account's next stream (its lease kept, {@link #leaseKept}). */
  boolean goesOn() {
    return !needsReauthorization && !stopped && lease.keep();
  }

  /**
   * After a page is committed: keeps the run's lease ({@link LeaseKeeper}), so that a long stream
   * does not outlast it.
   *
   * @throws LeaseLost when another server took the account over: the run ends
   */
  void leaseKept() {
    if (!lease.keep()) {
      throw new LeaseLost(id());
    }
  }
}
