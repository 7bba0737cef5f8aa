package org.crmsocial.social.sync.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.crmsocial.social.sync.control.StreamRunTest.Network;
import org.crmsocial.social.sync.control.StreamRunTest.Store;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md §4 with pages read ahead while pages are committed: the same items stored and the same
 * cursor kept as without it, at most {@link PrefetchingSource#DEPTH} calls a run more, none on a
 * run whose first page has nothing new, and a read-ahead that fails fails the run as the read would
 * have. Each read-ahead runs on a thread of its own, joined when the run ends, so that each read is
 * counted.
 */
class PrefetchingSourceTest {

  int launched;
  final List<Thread> threads = new ArrayList<>();

  PrefetchingSource ahead(Network network, int maxPages) {
    return new PrefetchingSource(
        network,
        work -> {
          launched++;
          Thread t = new Thread(work);
          threads.add(t);
          t.start();
          return true;
        },
        maxPages);
  }

  StreamRun.Outcome run(Network network, Store store, int maxPages) {
    try (PrefetchingSource source = ahead(network, maxPages)) {
      StreamRun.Outcome outcome = StreamRun.run(store.cursor, source, store, maxPages);
      store.cursor = outcome.state();
      return outcome;
    } finally {
      joinReaders();
    }
  }

  void joinReaders() {
    for (Thread t : threads) {
      try {
        t.join(10_000);
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
      assertThat(t.isAlive()).as("a read-ahead ends once the run has").isFalse();
    }
    threads.clear();
  }

  @Test
  void storesWhatAPlainRunStoresAndKeepsTheSameCursor() { // DESIGN §4, S-3
    for (boolean since : new boolean[] {true, false}) {
      for (int maxPages : new int[] {1, 2, 3, 20}) {
        Network plainNetwork = new Network(since, 4);
        Store plain = new Store();
        Network network = new Network(since, 4);
        Store store = new Store();
        for (int run = 0; run < 40; run++) {
          if (run == 1 || run == 5) {
            plainNetwork.add(13);
            network.add(13);
          }
          plain.cursor = StreamRun.run(plain.cursor, plainNetwork, plain, maxPages).state();
          run(network, store, maxPages);
          assertThat(store.cursor)
              .as("since %s, %d pages, run %d", since, maxPages, run)
              .isEqualTo(plain.cursor);
          assertThat(store.seen).isEqualTo(plain.seen);
        }
        assertThat(store.seen).containsExactlyInAnyOrderElementsOf(StreamRunTest.all(network));
      }
    }
  }

  @Test
  void readsAheadOnlyPastTheFirstPageAndAtMostDepthCallsARunMore() { // DESIGN §4
    Network network = new Network(false, 30);
    Store store = new Store();
    StreamRun.Outcome first = run(network, store, 20);
    assertThat(store.seen).hasSize(30);
    assertThat(launched).as("pages 3.. were read ahead").isPositive();
    assertThat(network.reads).isLessThanOrEqualTo(first.pages() + PrefetchingSource.DEPTH);

    network.reads = 0;
    launched = 0;
    StreamRun.Outcome quiet = run(network, store, 20);
    assertThat(quiet.newItems()).isZero();
    assertThat(network.reads).as("a run with nothing new reads one page, as before").isEqualTo(1);
    assertThat(launched).isZero();

    network.add(10);
    network.reads = 0;
    StreamRun.Outcome limited = run(network, store, 2);
    assertThat(network.reads)
        .as("nothing read past the run's last page")
        .isEqualTo(limited.pages());
  }

  @Test
  void withNoThreadFreeARunReadsEachPageItself() { // DESIGN §4
    Network network = new Network(true, 30);
    Store store = new Store();
    try (PrefetchingSource busy = new PrefetchingSource(network, work -> false, 20)) {
      store.cursor = StreamRun.run(store.cursor, busy, store, 20).state();
    }
    assertThat(store.seen).containsExactlyInAnyOrderElementsOf(StreamRunTest.all(network));
    assertThat(store.cursor).isEqualTo(new StreamRun.State("30", null, null));
    assertThat(network.reads).isEqualTo(10);
  }

  @Test
  void aFailedReadAheadFailsTheRunAndLosesNothing() { // DESIGN §4
    for (int failAt = 0; failAt < 6; failAt++) {
      Network network = new Network(false, 4);
      Store store = new Store();
      run(network, store, 20);
      network.add(20);
      network.reads = 0;
      network.failAtRead = failAt;
      assertThatThrownBy(() -> run(network, store, 20)).hasMessage("HTTP 500");
      network.failAtRead = -1;
      for (int i = 0; i < 10 && (i == 0 || store.cursor.backfilling()); i++) {
        run(network, store, 20);
      }
      assertThat(store.seen)
          .as("failing at read %d", failAt)
          .containsExactlyInAnyOrderElementsOf(StreamRunTest.all(network));
    }
  }
}
