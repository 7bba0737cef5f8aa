package org.crmsocial.social.sync.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmsocial.platform.control.Clock;
import org.crmsocial.platform.control.RuleViolation;
import org.crmsocial.security.control.AccessPolicy;
import org.crmsocial.social.provider.control.ProviderClients;
import org.crmsocial.social.provider.model.NetworkStream;
import org.crmsocial.social.settings.control.AccountSummary;
import org.crmsocial.social.settings.control.LinkingService;
import org.crmsocial.social.settings.entity.AccountStatus;
import org.crmsocial.social.sync.entity.SyncCursor;
import org.crmsocial.social.sync.entity.WaitReason;

/**
 * The feed sync as users see it, for Manage Social users only (S-5, S-22; checked here): Sync now
 * for an account (queued: the request returns at once, then the panel follows the run), and the
 * status of every stream of the linked accounts (last success, next attempt, last error, items
 * fetched).
 */
@Stateless
public class SyncService {

  @Inject AccessPolicy policy;
  @EJB SyncEngine engine;
  @EJB SyncScheduler scheduler;
  @EJB CursorStore cursors;
  @EJB LinkingService linking;
  @Inject ProviderClients clients;
  @Inject SyncNowRuns runs;

  /**
   * Queues one sync of an active account and returns at once (back-off waits are skipped, a rate
   * limit is not; a run under way is waited for); a Sync now already pending is joined.
   *
   * @return where the account's Sync now stands (queued, or the pending one's step)
   * @throws RuleViolation {@code social.sync.error.notActive} when the account is not active
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public SyncNowRun syncNow(long accountId) {
    policy.requireManageSocial();
    if (!engine.active(accountId)) {
      throw new RuleViolation("social.sync.error.notActive");
    }
    scheduler.queue(accountId);
    return runs.of(accountId).orElseThrow();
  }

  /** The account's last Sync now on this server: pending, or how it ended; empty if none. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Optional<SyncNowRun> lastSyncNow(long accountId) {
    policy.requireManageSocial();
    return runs.of(accountId);
  }

  /** The status of every synced stream of every linked (not removed) account. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public List<StreamStatus> status() {
    policy.requireManageSocial();
    List<AccountSummary> live = linking.accounts().stream().filter(a -> !a.isRemoved()).toList();
    return statusOf(live);
  }

  /** The status of the synced streams of one account; empty for a removed or unknown account. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public List<StreamStatus> status(long accountId) {
    policy.requireManageSocial();
    List<AccountSummary> one =
        linking.accounts().stream().filter(a -> a.id() == accountId && !a.isRemoved()).toList();
    return statusOf(one);
  }

  private List<StreamStatus> statusOf(List<AccountSummary> accounts) {
    Map<Long, Map<NetworkStream, SyncCursor>> byAccount = new HashMap<>();
    for (SyncCursor c : cursors.cursorsOf(accounts.stream().map(AccountSummary::id).toList())) {
      byAccount.computeIfAbsent(c.getAccount().getId(), k -> new HashMap<>()).put(c.getStream(), c);
    }
    OffsetDateTime now = Clock.now();
    List<StreamStatus> result = new ArrayList<>();
    for (AccountSummary account : accounts) {
      Optional<OffsetDateTime> tick =
          account.status() == AccountStatus.ACTIVE
              ? scheduler.nextRun(account.id()).map(i -> i.atOffset(ZoneOffset.UTC))
              : Optional.empty();
      List<NetworkStream> streams =
          clients.of(account.network()).streams().stream()
              .filter(NetworkStream::synced)
              .sorted(Comparator.naturalOrder())
              .toList();
      for (NetworkStream stream : streams) {
        SyncCursor c = byAccount.getOrDefault(account.id(), Map.of()).get(stream);
        result.add(status(account, stream, c, tick.orElse(null), now));
      }
    }
    return result;
  }

  private static StreamStatus status(
      AccountSummary account,
      NetworkStream stream,
      SyncCursor c,
      OffsetDateTime tick,
      OffsetDateTime now) {
    String name = account.pageName() != null ? account.pageName() : account.name();
    if (c == null) {
      return new StreamStatus(
          account.id(),
          account.network(),
          name,
          account.status(),
          stream,
          null,
          null,
          tick,
          false,
          null,
          0,
          0,
          0,
          false,
          false,
          0,
          null);
    }
    OffsetDateTime next = tick;
    boolean waiting = c.getNextAttemptAt() != null && c.getNextAttemptAt().isAfter(now);
    if (waiting && (tick == null || c.getNextAttemptAt().isAfter(tick))) {
      next = c.getNextAttemptAt();
    }
    return new StreamStatus(
        account.id(),
        account.network(),
        name,
        account.status(),
        stream,
        c.getLastSuccessAt(),
        c.getLastAttemptAt(),
        account.status() == AccountStatus.ACTIVE ? next : null,
        waiting && c.getWaitReason() == WaitReason.RATE_LIMIT,
        c.getLastError(),
        c.getConsecutiveFailures(),
        c.getItemsFetched(),
        c.getLastRunItems(),
        c.getBackfillCursor() != null,
        c.getWalkStartedAt() != null,
        c.getWalkPages(),
        c.getLastWalkAt());
  }
}
