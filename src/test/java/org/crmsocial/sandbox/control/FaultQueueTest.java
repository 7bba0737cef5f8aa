package org.crmsocial.sandbox.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.crmsocial.sandbox.model.FaultKind;
import org.junit.jupiter.api.Test;

class FaultQueueTest {

  @Test
  void faultsAreTakenInTheOrderAskedOnePerCall() {
    FaultQueue q = new FaultQueue();
    q.add(FaultKind.RATE_LIMIT, 2);
    q.add(FaultKind.HTTP_500, 1);
    assertThat(q.pending())
        .containsExactly(FaultKind.RATE_LIMIT, FaultKind.RATE_LIMIT, FaultKind.HTTP_500);
    assertThat(q.take()).hasValue(FaultKind.RATE_LIMIT);
    assertThat(q.take()).hasValue(FaultKind.RATE_LIMIT);
    assertThat(q.take()).hasValue(FaultKind.HTTP_500);
    assertThat(q.take()).isEmpty();
  }

  @Test
  void clearDropsEverything() {
    FaultQueue q = new FaultQueue();
    q.add(FaultKind.TIMEOUT, 3);
    q.clear();
    assertThat(q.take()).isEmpty();
  }

  @Test
  void callsLetThroughComeBeforeTheFaultsQueuedBehindThem() {
    FaultQueue q = new FaultQueue();
    q.pass(2);
    q.add(FaultKind.HTTP_500, 1);
    assertThat(q.pending()).containsExactly(FaultKind.HTTP_500);
    assertThat(q.take()).isEmpty();
    assertThat(q.take()).isEmpty();
    assertThat(q.take()).contains(FaultKind.HTTP_500);
    assertThat(q.take()).isEmpty();
  }

  @Test
  void countsOutOfRangeAreRefused() {
    assertThatThrownBy(() -> new FaultQueue().add(FaultKind.TIMEOUT, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void concurrentCallsTakeEachFaultExactlyOnce() throws Exception {
    FaultQueue q = new FaultQueue();
    q.add(FaultKind.TOKEN_EXPIRED, 500);
    ConcurrentLinkedQueue<FaultKind> taken = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    for (int i = 0; i < 1000; i++) {
      pool.submit(() -> q.take().ifPresent(taken::add));
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    assertThat(taken).hasSize(500);
  }
}
