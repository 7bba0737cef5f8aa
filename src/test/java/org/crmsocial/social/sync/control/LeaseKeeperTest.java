package org.crmsocial.social.sync.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** How a run keeps its lease while it goes (issue 15: one stream may not outlast its lease). */
class LeaseKeeperTest {

  private final AtomicInteger renewals = new AtomicInteger();
  private final AtomicBoolean held = new AtomicBoolean(true);

  private LeaseKeeper keeper(Duration spacing) {
    return new LeaseKeeper(
        () -> {
          renewals.incrementAndGet();
          return held.get();
        },
        spacing);
  }

  @Test
  void aRenewalIsDueOnlyOnceItsSpacingHasPassed() {
    LeaseKeeper lease = keeper(Duration.ofHours(1));
    for (int page = 0; page < 50; page++) {
      assertThat(lease.keep()).isTrue();
    }
    assertThat(renewals).as("just taken: nothing to renew within the hour").hasValue(0);
  }

  @Test
  void everyPageRenewsWhenTheSpacingIsZeroAndALostLeaseStaysLost() {
    LeaseKeeper lease = keeper(Duration.ZERO);
    assertThat(lease.keep()).isTrue();
    assertThat(lease.keep()).isTrue();
    assertThat(renewals).hasValue(2);
    held.set(false); // expired, and another server took the account
    assertThat(lease.keep()).isFalse();
    held.set(true);
    assertThat(lease.keep()).as("lost once, lost for the rest of the run").isFalse();
    assertThat(renewals).as("no renewal is tried after the loss").hasValue(3);
  }

  @Test
  void theLeaseLastsFarLongerThanItsRenewalSpacing() {
    assertThat(SyncEngine.RENEWAL.multipliedBy(3)).isLessThan(SyncEngine.LEASE);
  }
}
