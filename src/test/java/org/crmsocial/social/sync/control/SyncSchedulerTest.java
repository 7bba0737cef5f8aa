package org.crmsocial.social.sync.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.crmsocial.social.sync.control.SyncScheduler.SyncTimer;
import org.junit.jupiter.api.Test;

class SyncSchedulerTest {

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
