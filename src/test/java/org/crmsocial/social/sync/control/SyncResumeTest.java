package org.crmsocial.social.sync.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.io.Serializable;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * issue 19 point 14: after a throttle the sync resumes as soon as the wait ends, not at the
 * account's next interval tick (minutes later with a long interval): {@link
 * SyncScheduler#resumeAfterWaits} sets a one-time timer for it. Timers are a fake timer service;
 * nothing waits.
 */
class SyncResumeTest {

  static final Instant T = Instant.parse("2026-12-04T00:00:00Z");
  static final long ACCOUNT = 5;

  /** A timer the fake service holds. */
  record FakeTimer(Serializable info, Instant next, boolean persistent) {}

  final List<FakeTimer> timers = new ArrayList<>();
  SyncScheduler scheduler;

  private Timer timer(FakeTimer t) {
    return (Timer)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {Timer.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getInfo" -> t.info();
                  case "getNextTimeout" -> Date.from(t.next());
                  case "cancel" -> {
                    timers.remove(t);
                    yield null;
                  }
                  case "hashCode" -> System.identityHashCode(proxy);
                  case "equals" -> proxy == args[0];
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  @BeforeEach
  void start() {
    scheduler = new SyncScheduler();
    scheduler.timerService =
        (TimerService)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {TimerService.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "getTimers" -> timers.stream().map(this::timer).toList();
                      case "createSingleActionTimer" -> {
                        TimerConfig config = (TimerConfig) args[1];
                        FakeTimer t =
                            new FakeTimer(
                                config.getInfo(),
                                ((Date) args[0]).toInstant(),
                                config.isPersistent());
                        timers.add(t);
                        yield timer(t);
                      }
                      default -> throw new UnsupportedOperationException(method.getName());
                    });
    timers.add(new FakeTimer(ACCOUNT, T.plusSeconds(60), true)); // the interval timer
  }

  private static SyncReport ranWithWaitUntil(Instant resumeAt) {
    return new SyncReport(ACCOUNT, true, 3, 1, false, 10, 10, resumeAt);
  }

  private List<FakeTimer> resumes() {
    return timers.stream().filter(t -> t.info() instanceof SyncScheduler.Resume).toList();
  }

  @Test
  void aWaitEndingBeforeTheNextTickResumesTheAccountWhenItEnds() {
    scheduler.resumeAfterWaits(ranWithWaitUntil(T.plusSeconds(10)));

    assertThat(resumes()).hasSize(1);
    FakeTimer resume = resumes().get(0);
    assertThat(resume.info()).isEqualTo(new SyncScheduler.Resume(ACCOUNT));
    assertThat(resume.next())
        .isAfter(T.plusSeconds(10))
        .isBefore(T.plusSeconds(10).plusMillis(SyncScheduler.RESUME_MARGIN_MILLIS + 1));
    assertThat(resume.persistent()).as("the interval timer covers a restart").isFalse();

    scheduler.resumeAfterWaits(ranWithWaitUntil(T.plusSeconds(10)));
    assertThat(resumes()).as("one resume is enough").hasSize(1);
  }

  @Test
  void aWaitEndingAfterTheNextTickLeavesItToTheTick() {
    scheduler.resumeAfterWaits(ranWithWaitUntil(T.plusSeconds(90)));
    scheduler.resumeAfterWaits(ranWithWaitUntil(null));

    assertThat(resumes()).isEmpty();
  }

  @Test
  void anAccountWithoutTimerIsNotResumedAndCancellingDropsItsResume() {
    scheduler.resumeAfterWaits(ranWithWaitUntil(T.plusSeconds(10)));
    assertThat(scheduler.cancel(ACCOUNT)).isEqualTo(1);
    assertThat(timers).as("interval and resume cancelled").isEmpty();

    scheduler.resumeAfterWaits(ranWithWaitUntil(T.plusSeconds(10)));
    assertThat(resumes()).as("no timer: not active").isEmpty();
  }
}
