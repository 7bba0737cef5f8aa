package org.crmsocial.social.sync.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.crmsocial.social.sync.control.SyncNowRun.Phase;
import org.junit.jupiter.api.Test;

/** Sync now queued (issue 14 point 3): at most one pending per account, then how it ended. */
class SyncNowRunsTest {

  final SyncNowRuns runs = new SyncNowRuns();

  private static SyncReport ran(int newItems) {
    return new SyncReport(1, true, newItems, 0, false, 0, 0, null);
  }

  @Test
  void aSyncNowWhileOneIsPendingJoinsIt() {
    assertThat(runs.of(1)).isEmpty();
    assertThat(runs.queue(1)).isTrue();
    assertThat(runs.of(1).orElseThrow().phase()).isEqualTo(Phase.QUEUED);
    assertThat(runs.queue(1)).as("queued: joined").isFalse();
    runs.running(1);
    assertThat(runs.queue(1)).as("running: joined").isFalse();
    assertThat(runs.of(1).orElseThrow().pending()).isTrue();
    assertThat(runs.queue(2)).as("another account").isTrue();

    runs.ended(1, ran(3), true);
    assertThat(runs.of(1).orElseThrow().pending()).isFalse();
    assertThat(runs.of(1).orElseThrow().report().newItems()).isEqualTo(3);
    assertThat(runs.queue(1)).as("ended: a new one is queued").isTrue();
  }

  @Test
  void aSkippedRunSaysWhetherAnotherServerHoldsTheAccountOrItIsNoLongerActive() {
    runs.queue(1);
    runs.ended(1, SyncReport.skipped(1), true);
    assertThat(runs.of(1).orElseThrow().phase()).isEqualTo(Phase.BUSY);
    runs.queue(1);
    runs.ended(1, SyncReport.skipped(1), false);
    assertThat(runs.of(1).orElseThrow().phase()).isEqualTo(Phase.NOT_ACTIVE);
    runs.queue(1);
    runs.ended(1, ran(0), true);
    assertThat(runs.of(1).orElseThrow().phase()).isEqualTo(Phase.FINISHED);
    runs.queue(1);
    runs.failed(1);
    assertThat(runs.of(1).orElseThrow().phase()).isEqualTo(Phase.FAILED);
    assertThat(runs.of(1).orElseThrow().pending()).isFalse();
  }
}
