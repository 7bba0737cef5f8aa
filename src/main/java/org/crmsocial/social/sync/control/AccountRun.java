package org.crmsocial.social.sync.control;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.crmsocial.social.provider.control.SocialNetworkClient;
import org.crmsocial.social.provider.model.NetworkStream;
import org.crmsocial.social.settings.control.AccountTokens;
import org.crmsocial.social.settings.entity.AccountStatus;
import org.crmsocial.social.sync.control.CursorStore.AccountSnapshot;
import org.crmsocial.social.sync.control.CursorStore.CursorSnapshot;

/**
 * One run of one account, its lease held (DESIGN.md §4): every {@link NetworkStream#synced()}
 * stream of its network in order, each with {@link StreamSync}, skipping those whose next attempt
 * lies ahead and, while the account's budget is spent, holding the rest without a call that would
 * only be refused (issue 19 point 14). Only an ACTIVE account is synced, checked again at the start
 * of the run; it stops when the account needs re-authorization, is removed meanwhile, or its lease
 * was lost. Sums up the {@link SyncReport}.
 */
final class AccountRun {

  private final SyncParts parts;
  private final StreamSync streams;

  AccountRun(SyncParts parts) {
    this.parts = parts;
    this.streams = new StreamSync(parts);
  }

  /**
   * Runs the account.
   *
   * @param manual Sync now: back-off waits are skipped (never a rate limit's)
   * @param lease keeps the run's lease while it goes
   */
  SyncReport run(long accountId, boolean manual, LeaseKeeper lease) {
    Optional<AccountSnapshot> found = parts.cursors().account(accountId);
    if (found.isEmpty()
        || found.get().status() != AccountStatus.ACTIVE
        || found.get().ownerId() == null) {
      return SyncReport.skipped(accountId);
    }
    Optional<AccountTokens> credentials = parts.credentials().of(accountId);
    if (credentials.isEmpty()) {
      return SyncReport.skipped(accountId);
    }
    SocialNetworkClient client = parts.clients().of(found.get().network());
    List<NetworkStream> synced =
        client.streams().stream().filter(NetworkStream::synced).sorted().toList();
    RunAccount account = new RunAccount(found.get(), client, credentials.get(), lease);
    List<CursorSnapshot> cursors;
    try {
      cursors = parts.cursors().cursors(accountId, synced);
    } catch (AccountNotActive removedMeanwhile) {
      return SyncReport.skipped(accountId);
    }
    int added = 0;
    int failed = 0;
    long network = 0;
    long store = 0;
    Instant resume = null;
    for (CursorSnapshot cursor : cursors) {
      OffsetDateTime now = parts.now();
      if (BackOff.waits(cursor, now, manual)) {
        continue;
      }
      Instant paused = account.pausedUntil();
      if (paused != null && paused.isAfter(now.toInstant())) {
        // The account's budget is spent (issue 19 point 14): no call that would only be refused.
        parts.cursors().waitUntil(cursor.id(), SyncTimes.utc(paused));
        resume = SyncTimes.earlier(resume, paused);
        continue;
      }
      StreamTally tally = streams.sync(account, cursor);
      resume = SyncTimes.earlier(resume, tally.waitsUntil);
      added += tally.added;
      network += tally.networkNanos;
      store += tally.storeNanos;
      if (tally.failed) {
        failed++;
      }
      if (!account.goesOn()) {
        break; // re-authorization needed, removed, or its lease lost to another server
      }
    }
    return new SyncReport(
        accountId,
        true,
        added,
        failed,
        account.needsReauthorization,
        network / 1_000_000,
        store / 1_000_000,
        resume);
  }
}
