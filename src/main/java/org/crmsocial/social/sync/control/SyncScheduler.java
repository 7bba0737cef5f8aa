package org.crmsocial.social.sync.control;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.NoSuchObjectLocalException;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crmsocial.social.settings.control.AccountStatusChanged;
import org.crmsocial.social.settings.entity.AccountStatus;

/**
 * One persistent EJB timer per active account (DESIGN.md §4), its info the account id, firing every
 * {@code crmsocial.sync.interval}. The timers live in the product database (Liberty's persistent
 * executor on the default data source), so a restart keeps them and in a cluster each fires on one
 * server. A timer is created when an account becomes ACTIVE (linked on Twitter, page added,
 * re-authorized) and cancelled when it leaves that status (removed, waiting for its page, needing
 * re-authorization), in the transaction that changed the status; {@link #reconcile} repairs the set
 * at startup. A Sync now is queued here too ({@link #queue}), and every run goes through {@link
 * #run}.
 */
@Stateless
public class SyncScheduler {

  private static final System.Logger LOG = System.getLogger(SyncScheduler.class.getName());

  /** How soon after activation the first sync runs. */
  static final long FIRST_RUN_MILLIS = 1000;

  /**
   * How long after a rate-limit wait ends its resume run starts: the stored wait is to the
   * microsecond, a timer to the millisecond.
   */
  static final long RESUME_MARGIN_MILLIS = 100;

  /**
   * The info of a one-time, non-persistent timer that resumes an account as soon as a rate-limit
   * wait ends, ahead of its next interval tick (issue 19 point 14). Should the server stop, the
   * interval timer still comes.
   */
  public record Resume(long accountId) implements java.io.Serializable {}

  /**
   * The info of the one-time, non-persistent timer of a Sync now: the run is queued and the request
   * that asked for it returns at once ({@link SyncNowRuns} tells how it goes).
   */
  record SyncNow(long accountId) implements java.io.Serializable {}

  @Resource TimerService timerService;
  @EJB SyncEngine engine;
  @EJB CursorStore cursors;
  @EJB ScheduleLock scheduleLock;
  @Inject SyncSettings settings;
  @Inject SyncNowRuns syncNowRuns;

  /**
   * Starts or stops the account's timer with its status, in the status change's transaction. An
   * account active again (re-authorized, re-linked) starts without its back-off waits (its
   * rate-limit waits stay: the network's budget is not the token's) and with a full walk of its
   * streams due ({@link FullWalk}); a removed account's cursors are forgotten, so a re-link reads
   * from the start (S-19), its full walk included.
   */
  public void onStatusChanged(@Observes AccountStatusChanged event) {
    if (event.status() == AccountStatus.ACTIVE) {
      cursors.clearWaits(event.accountId());
      schedule(event.accountId());
    } else {
      cancel(event.accountId());
      if (event.status() == AccountStatus.REMOVED) {
        cursors.forget(event.accountId());
      }
    }
  }

  /** Creates the account's timer unless it has one. */
  public void schedule(long accountId) {
    if (timers(accountId).isEmpty()) {
      create(accountId, settings.interval().toMillis());
    }
  }

  private void create(long accountId, long intervalMillis) {
    timerService.createIntervalTimer(
        FIRST_RUN_MILLIS,
        intervalMillis,
        new TimerConfig(new SyncTimer(accountId, intervalMillis), true));
  }

  /** What a sync timer carries: its account, and the interval it was created with. */
  record SyncTimer(long accountId, long intervalMillis) implements java.io.Serializable {}

  /** Cancels the account's timers (its resume timers too); how many interval timers there were. */
  public int cancel(long accountId) {
    int cancelled = 0;
    for (Timer timer : timers(accountId)) {
      if (cancelQuietly(timer)) {
        cancelled++;
      }
    }
    for (Timer timer : resumes(accountId)) {
      cancelQuietly(timer);
    }
    return cancelled;
  }

  /**
   * Resumes the account as soon as the rate-limit waits its run set allow, when that comes before
   * its next interval tick (issue 19 point 14: no minutes lost after a throttle ends). Nothing for
   * an account without a timer (not active) or a run that set no such wait.
   */
  public void resumeAfterWaits(SyncReport report) {
    if (report == null || report.resumeAt() == null) {
      return;
    }
    Optional<Instant> tick = nextRun(report.accountId());
    Instant at = report.resumeAt().plusMillis(RESUME_MARGIN_MILLIS);
    if (tick.isEmpty() || !at.isBefore(tick.get())) {
      return;
    }
    for (Timer timer : resumes(report.accountId())) {
      try {
        if (!timer.getNextTimeout().toInstant().isAfter(at)) {
          return; // an earlier resume is set already
        }
      } catch (NoSuchObjectLocalException | IllegalStateException gone) {
        // fired or cancelled meanwhile
      }
    }
    timerService.createSingleActionTimer(
        java.util.Date.from(at), new TimerConfig(new Resume(report.accountId()), false));
  }

  /**
   * Queues a Sync now of the account (a one-time timer firing at once, after this transaction
   * commits) unless one is pending already; whether this call queued it.
   */
  public boolean queue(long accountId) {
    if (!syncNowRuns.queue(accountId)) {
      return false;
    }
    try {
      timerService.createSingleActionTimer(1, new TimerConfig(new SyncNow(accountId), false));
      return true;
    } catch (RuntimeException e) {
      syncNowRuns.failed(accountId);
      throw e;
    }
  }

  /**
   * Runs one sync of the account and resumes it as soon as a rate-limit wait it met ends: what
   * every tick, resume and Sync now runs (tests drive the sync through it too).
   *
   * @param manual Sync now: back-off waits are skipped (a rate limit's are not), a run under way on
   *     this server is waited for
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public SyncReport run(long accountId, boolean manual) {
    SyncReport report = engine.sync(accountId, manual);
    resumeAfterWaits(report);
    return report;
  }

  /** Whether the account has a timer. */
  public boolean scheduled(long accountId) {
    return !timers(accountId).isEmpty();
  }

  /** When the account's timer fires next, if it has one. */
  public Optional<Instant> nextRun(long accountId) {
    for (Timer timer : timers(accountId)) {
      try {
        return Optional.of(timer.getNextTimeout().toInstant());
      } catch (NoSuchObjectLocalException | IllegalStateException gone) {
        // cancelled meanwhile
      }
    }
    return Optional.empty();
  }

  /**
   * Makes the timers match the active accounts at startup, adding what is missing and removing what
   * is wrong, never more: a timer of an active account at the configured interval is kept (the
   * first one of each), every other one (a gone account's, a duplicate, another interval, an older
   * form) is cancelled, and an active account without one gets one. The timers are the cluster's,
   * kept in the shared database: a server that joins (or restarts) finds them and keeps them, and
   * servers starting together do this one after the other ({@link ScheduleLock}). Hence every
   * server must be given the same {@code crmsocial.sync.interval} (README, Cluster): a server with
   * another one would replace the timers each time it starts.
   */
  public Reconciled reconcile(Collection<Long> activeAccountIds) {
    scheduleLock.lock();
    long interval = settings.interval().toMillis();
    Set<Long> active = new HashSet<>(activeAccountIds);
    Set<Long> kept = new HashSet<>();
    int cancelled = 0;
    for (Timer timer : all()) {
      Object info = infoOf(timer);
      if (keeps(info, active, interval, kept)) {
        kept.add(((SyncTimer) info).accountId());
      } else if (info instanceof Resume || info instanceof SyncNow) {
        // one-time timers of this server: they end by themselves
      } else if (cancelQuietly(timer)) {
        cancelled++;
      }
    }
    int added = 0;
    for (Long id : active) {
      if (!kept.contains(id)) {
        create(id, interval);
        added++;
      }
    }
    Reconciled done = new Reconciled(kept.size(), added, cancelled);
    LOG.log(
        Level.INFO,
        "Feed sync: {0} active account(s), every {1}; timers kept {2}, added {3}, cancelled {4}",
        activeAccountIds.size(),
        settings.interval(),
        done.kept(),
        done.added(),
        done.cancelled());
    return done;
  }

  /** What {@link #reconcile} did: the timers it kept, added and cancelled. */
  public record Reconciled(int kept, int added, int cancelled) {}

  /** Whether startup keeps a timer carrying {@code info}, given the timers it already kept. */
  static boolean keeps(Object info, Set<Long> active, long intervalMillis, Set<Long> kept) {
    return info instanceof SyncTimer t
        && active.contains(t.accountId())
        && t.intervalMillis() == intervalMillis
        && !kept.contains(t.accountId());
  }

  /**
   * A tick, the resume after a rate-limit wait, or a queued Sync now: syncs the account ({@link
   * #run}); a timer whose account is no longer active cancels itself. While {@code
   * crmsocial.sync.timer} is off, ticks and resumes sync nothing (only Sync now runs).
   */
  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void onTimeout(Timer timer) {
    if (infoOf(timer) instanceof SyncNow now) {
      runSyncNow(now.accountId());
      return;
    }
    Resume resume = resumeOf(timer);
    Long accountId = resume != null ? Long.valueOf(resume.accountId()) : accountOf(timer);
    try {
      if (accountId == null) {
        cancelQuietly(timer);
        return;
      }
      if (!settings.timer()) {
        return;
      }
      SyncReport report = run(accountId, false);
      if (!report.ran() && !engine.active(accountId)) {
        cancelQuietly(timer);
      }
    } catch (RuntimeException e) {
      // Never let the container retry a tick: the next one comes with the interval.
      LOG.log(Level.WARNING, "Feed sync of social account " + accountId + " failed", e);
    }
  }

  private void runSyncNow(long accountId) {
    syncNowRuns.running(accountId);
    try {
      SyncReport report = run(accountId, true);
      syncNowRuns.ended(accountId, report, report.ran() || engine.active(accountId));
    } catch (RuntimeException e) {
      // Not retried by the container either: the user sees it failed and may sync again.
      syncNowRuns.failed(accountId);
      LOG.log(Level.WARNING, "Sync now of social account " + accountId + " failed", e);
    }
  }

  private List<Timer> timers(long accountId) {
    List<Timer> found = new ArrayList<>();
    for (Timer timer : all()) {
      Long id = accountOf(timer);
      if (id != null && id == accountId) {
        found.add(timer);
      }
    }
    return found;
  }

  private List<Timer> resumes(long accountId) {
    List<Timer> found = new ArrayList<>();
    for (Timer timer : all()) {
      Resume resume = resumeOf(timer);
      if (resume != null && resume.accountId() == accountId) {
        found.add(timer);
      }
    }
    return found;
  }

  private static Resume resumeOf(Timer timer) {
    try {
      return timer.getInfo() instanceof Resume resume ? resume : null;
    } catch (NoSuchObjectLocalException | IllegalStateException gone) {
      return null;
    }
  }

  private Collection<Timer> all() {
    return timerService.getTimers();
  }

  private static Long accountOf(Timer timer) {
    Object info = infoOf(timer);
    if (info instanceof SyncTimer t) {
      return t.accountId();
    }
    return info instanceof Long id ? id : null; // a timer of an earlier version
  }

  private static Object infoOf(Timer timer) {
    try {
      return timer.getInfo();
    } catch (NoSuchObjectLocalException | IllegalStateException gone) {
      return null;
    }
  }

  private static boolean cancelQuietly(Timer timer) {
    try {
      timer.cancel();
      return true;
    } catch (NoSuchObjectLocalException | IllegalStateException gone) {
      return false;
    }
  }
}
