package org.crmsocial.social.sync.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.io.Serializable;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crmsocial.social.sync.control.SyncScheduler.SyncNow;
import org.crmsocial.social.sync.control.SyncScheduler.SyncTimer;
import org.junit.jupiter.api.Test;

/**
 * The timers of the sync: what they run, the queued Sync now, the timer switch and the warm start.
 * The timer service and the engine are fakes; nothing waits.
 */
class SyncSchedulerTest {

  /** The runs the fake engine was asked for: account and whether manual. */
  final List<String> runs = new ArrayList<>();

  final List<Serializable> created = new ArrayList<>();

  /** The timers the fake timer service holds (the cluster's, in the database). */
  final List<Timer> timers = new ArrayList<>();

  /** What happened, in order: the schedule lock taken, timers read, cancelled, created. */
  final List<String> events = new ArrayList<>();

  private SyncScheduler scheduler(boolean timerOn) {
    SyncScheduler scheduler = new SyncScheduler();
    scheduler.engine =
        new SyncEngine() {
          @Override
          public SyncReport sync(long accountId, boolean manual) {
            runs.add(accountId + (manual ? " manual" : " tick"));
            return new SyncReport(accountId, true, 2, 0, false, 0, 0, null);
          }

          @Override
          public boolean active(long accountId) {
            return true;
          }
        };
    scheduler.timerService =
        (TimerService)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {TimerService.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "getTimers" -> {
                        events.add("read");
                        yield List.copyOf(timers);
                      }
                      case "createSingleActionTimer" -> {
                        created.add(((TimerConfig) args[1]).getInfo());
                        yield null;
                      }
                      case "createIntervalTimer" -> {
                        Serializable info = ((TimerConfig) args[2]).getInfo();
                        events.add("create " + ((SyncTimer) info).accountId());
                        created.add(info);
                        yield null;
                      }
                      default -> throw new UnsupportedOperationException(method.getName());
                    });
    scheduler.scheduleLock =
        new ScheduleLock() {
          @Override
          public void lock() {
            events.add("lock");
          }
        };
    scheduler.settings = new SyncSettings();
    scheduler.settings.timer = timerOn;
    scheduler.settings.interval = "PT2M";
    scheduler.syncNowRuns = new SyncNowRuns();
    return scheduler;
  }

  private Timer timer(Serializable info) {
    return (Timer)
        Proxy.newProxyInstance(
            SyncSchedulerTest.class.getClassLoader(),
            new Class<?>[] {Timer.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getInfo" -> info;
                  case "cancel" -> {
                    events.add("cancel " + info);
                    yield null;
                  }
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  @Test
  void startupAddsOnlyTheMissingTimersAndCancelsOnlyTheWrongOnesUnderTheClusterLock() {
    SyncScheduler scheduler = scheduler(true);
    long interval = scheduler.settings.interval().toMillis();
    timers.add(timer(new SyncTimer(1, interval))); // another server's, or this one's before
    timers.add(timer(new SyncTimer(1, interval))); // a duplicate
    timers.add(timer(new SyncTimer(3, interval))); // an account no longer active
    timers.add(timer(new SyncScheduler.Resume(1))); // a one-time resume: ends by itself

    SyncScheduler.Reconciled done = scheduler.reconcile(List.of(1L, 2L));

    assertThat(done).isEqualTo(new SyncScheduler.Reconciled(1, 1, 2));
    assertThat(events.get(0)).as("the cluster-wide lock comes first").isEqualTo("lock");
    assertThat(events)
        .containsExactly(
            "lock",
            "read",
            "cancel " + new SyncTimer(1, interval),
            "cancel " + new SyncTimer(3, interval),
            "create 2");

    events.clear();
    timers.clear();
    timers.add(timer(new SyncTimer(1, interval)));
    timers.add(timer(new SyncTimer(2, interval)));
    assertThat(scheduler.reconcile(List.of(1L, 2L)))
        .as("a server joining a cluster whose timers are right changes nothing")
        .isEqualTo(new SyncScheduler.Reconciled(2, 0, 0));
    assertThat(events).containsExactly("lock", "read");
  }

  @Test
  void aTickRunsTheAccountThroughTheEntryPointUnlessTheTimerIsOff() {
    scheduler(true).onTimeout(timer(new SyncTimer(7, 5_000)));
    scheduler(true).onTimeout(timer(new SyncScheduler.Resume(7)));
    assertThat(runs).containsExactly("7 tick", "7 tick");

    runs.clear();
    scheduler(false).onTimeout(timer(new SyncTimer(7, 5_000)));
    scheduler(false).onTimeout(timer(new SyncScheduler.Resume(7)));
    assertThat(runs).as("crmsocial.sync.timer=false: ticks sync nothing").isEmpty();
  }

  @Test
  void syncNowIsQueuedOnceThenRunsManuallyAndTellsItsOutcomeAlsoWithTheTimerOff() {
    SyncScheduler scheduler = scheduler(false);
    assertThat(scheduler.queue(7)).isTrue();
    assertThat(scheduler.queue(7)).as("pending: joined").isFalse();
    assertThat(created).containsExactly(new SyncNow(7));
    assertThat(runs).as("queued, not run by the caller").isEmpty();
    assertThat(scheduler.syncNowRuns.of(7).orElseThrow().phase())
        .isEqualTo(SyncNowRun.Phase.QUEUED);

    scheduler.onTimeout(timer(new SyncNow(7)));
    assertThat(runs).containsExactly("7 manual");
    SyncNowRun ended = scheduler.syncNowRuns.of(7).orElseThrow();
    assertThat(ended.phase()).isEqualTo(SyncNowRun.Phase.FINISHED);
    assertThat(ended.report().newItems()).isEqualTo(2);
  }

  @Test
  void aWarmStartKeepsTheTimersItHadInsteadOfCancellingThemAll() { // start-up: no lock timeout
    Set<Long> active = Set.of(1L, 2L);
    Set<Long> kept = new HashSet<>();
    assertThat(SyncScheduler.keeps(new SyncTimer(1, 10_000), active, 10_000, kept)).isTrue();
    kept.add(1L);
    assertThat(SyncScheduler.keeps(new SyncTimer(1, 10_000), active, 10_000, kept))
        .as("a duplicate")
        .isFalse();
    assertThat(SyncScheduler.keeps(new SyncTimer(2, 60_000), active, 10_000, kept))
        .as("another interval")
        .isFalse();
    assertThat(SyncScheduler.keeps(new SyncTimer(3, 10_000), active, 10_000, kept))
        .as("a gone account")
        .isFalse();
    assertThat(SyncScheduler.keeps(2L, active, 10_000, kept)).as("an older form").isFalse();
    assertThat(SyncScheduler.keeps(null, active, 10_000, kept)).isFalse();
  }
}
