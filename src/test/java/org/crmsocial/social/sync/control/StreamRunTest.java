package org.crmsocial.social.sync.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.crmsocial.social.provider.model.ItemKind;
import org.crmsocial.social.provider.model.NetworkItem;
import org.crmsocial.social.provider.model.StreamPage;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md §4, issue 6: "nothing fetched is lost or stored twice, whatever fails in between". A
 * fake network of numbered items (newest first, {@code since} = the newest id seen, pages of 3) and
 * a fake store that keeps items by id and the cursor it was told to keep.
 */
class StreamRunTest {

  /** The network: items 1..n, newest first; cursor = the id to read below; can fail on a read. */
  static final class Network implements StreamRun.Source {
    final List<Long> ids = new ArrayList<>();
    final boolean since;
    int failAtRead = -1;
    int holdAtRead = -1;
    int reads;

    Network(boolean since, int count) {
      this.since = since;
      add(count);
    }

    void add(int count) {
      long first = ids.size() + 1;
      for (long id = first; id < first + count; id++) {
        ids.add(id);
      }
    }

    @Override
    public synchronized StreamPage<NetworkItem> read(String cursor, String sinceMarker) {
      if (reads == holdAtRead) {
        throw new StreamRun.Held("budget spent");
      }
      if (reads++ == failAtRead) {
        throw new IllegalStateException("HTTP 500");
      }
      long below = cursor == null ? Long.MAX_VALUE : Long.parseLong(cursor);
      long above = since && sinceMarker != null ? Long.parseLong(sinceMarker) : 0;
      List<NetworkItem> page = new ArrayList<>();
      for (int i = ids.size() - 1; i >= 0 && page.size() < 3; i--) {
        long id = ids.get(i);
        if (id < below && id > above) {
          page.add(post(id));
        }
      }
      boolean more =
          !page.isEmpty() && Long.parseLong(page.get(page.size() - 1).externalId()) > above + 1;
      String next = more ? page.get(page.size() - 1).externalId() : null;
      String newest = since && !page.isEmpty() ? page.get(0).externalId() : null;
      return new StreamPage<>(page, next, newest);
    }
  }

  /** The database: the ids stored (a set: the store is idempotent) and the cursor it keeps. */
  static final class Store implements StreamRun.Sink {
    final java.util.Set<String> seen = new java.util.HashSet<>();
    StreamRun.State cursor = new StreamRun.State(null, null, null);

    /** How many pages each commit held, in order. */
    final List<Integer> groups = new ArrayList<>();

    @Override
    public int[] commit(List<StreamRun.Read> pages) {
      java.util.Set<String> fresh = new java.util.HashSet<>();
      for (StreamRun.Read page : pages) {
        for (NetworkItem item : page.items()) {
          if (seen.add(item.externalId())) {
            fresh.add(item.externalId());
          }
        }
      }
      int[] added = StreamRun.newPerPage(pages, fresh);
      cursor = StreamRun.after(pages, added);
      groups.add(pages.size());
      return added;
    }
  }

  static void runUntilDone(Network network, Store store, int maxPages) {
    for (int i = 0; i < 100; i++) {
      StreamRun.Outcome outcome = StreamRun.run(store.cursor, network, store, maxPages);
      store.cursor = outcome.state();
      if (!outcome.state().backfilling()) {
        return;
      }
    }
  }

  static List<String> all(Network network) {
    return network.ids.stream().map(String::valueOf).toList();
  }

  @Test
  void aFirstRunReadsEverythingAndLaterRunsOnlyWhatIsNew() { // S-3, DESIGN §4
    Network network = new Network(true, 10);
    Store store = new Store();
    StreamRun.Outcome first = StreamRun.run(store.cursor, network, store, 20);
    assertThat(first.newItems()).isEqualTo(10);
    assertThat(store.seen).containsExactlyInAnyOrderElementsOf(all(network));
    assertThat(store.cursor).isEqualTo(new StreamRun.State("10", null, null));

    network.add(2);
    network.reads = 0;
    StreamRun.Outcome second = StreamRun.run(store.cursor, network, store, 20);
    assertThat(second.newItems()).isEqualTo(2);
    assertThat(network.reads).as("only the new page is read").isEqualTo(1);
    assertThat(store.cursor.sinceMarker()).isEqualTo("12");
  }

  @Test
  void aPageLimitLeavesABackfillThatTheNextRunFinishesBeforeTheMarkerMoves() { // DESIGN §4
    Network network = new Network(true, 3);
    Store store = new Store();
    runUntilDone(network, store, 20);
    network.add(10); // 4..13 new: four pages of 3
    StreamRun.Outcome first = StreamRun.run(store.cursor, network, store, 2);
    assertThat(first.state().backfilling()).isTrue();
    assertThat(first.state().sinceMarker())
        .as("the old marker holds until the range is stored")
        .isEqualTo("3");
    assertThat(first.state().pendingMarker()).isEqualTo("13");
    store.cursor = first.state();
    StreamRun.Outcome second = StreamRun.run(store.cursor, network, store, 20);
    assertThat(second.state()).isEqualTo(new StreamRun.State("13", null, null));
    assertThat(store.seen).containsExactlyInAnyOrderElementsOf(all(network));
  }

  @Test
  void
      aFailureMidwayLosesNothing() { // DESIGN §4: the cursor moves only after the page is committed
    for (int failAt = 0; failAt < 5; failAt++) {
      for (boolean since : new boolean[] {true, false}) {
        Network network = new Network(since, 4);
        Store store = new Store();
        runUntilDone(network, store, 20);
        network.add(14);
        network.reads = 0;
        network.failAtRead = failAt;
        StreamRun.State before = store.cursor;
        assertThatThrownBy(() -> StreamRun.run(before, network, store, 20)).hasMessage("HTTP 500");
        network.failAtRead = -1;
        network.add(2); // more arrives before the next run
        runUntilDone(network, store, 20);
        assertThat(store.seen)
            .as("failing at read %d, since %s", failAt, since)
            .containsExactlyInAnyOrderElementsOf(all(network));
      }
    }
  }

  // issue 19 point 17: a pause for the budget keeps every page read before it
  @Test
  void aHoldCommitsThePagesOfItsGroupReadSoFar() {
    for (int holdAt = 1; holdAt < 8; holdAt++) {
      Network network = new Network(true, 3);
      Store store = new Store();
      runUntilDone(network, store, 20);
      network.add(60); // twenty pages of 3, all new: groups of 1, 2, 4, 8
      network.reads = 0;
      network.holdAtRead = holdAt;
      StreamRun.State before = store.cursor;
      assertThatThrownBy(() -> StreamRun.run(before, network, store, 20))
          .isInstanceOf(StreamRun.Held.class);
      assertThat(store.seen)
          .as("held at read %d: the %d pages read are stored", holdAt, holdAt)
          .hasSize(3 + 3 * holdAt);
      network.holdAtRead = -1;
      runUntilDone(network, store, 20);
      assertThat(store.seen).containsExactlyInAnyOrderElementsOf(all(network));
    }
  }

  @Test
  void
      aNetworkWithoutSinceStopsAtTheFirstPageWithNothingNew() { // DESIGN §4: fetch only what is new
    Network network = new Network(false, 30);
    Store store = new Store();
    runUntilDone(network, store, 20);
    assertThat(store.seen).hasSize(30);
    network.add(1);
    network.reads = 0;
    StreamRun.Outcome run = StreamRun.run(store.cursor, network, store, 20);
    assertThat(run.newItems()).isEqualTo(1);
    assertThat(network.reads)
        .as("the first page holds the new item; the second is all known")
        .isLessThanOrEqualTo(2);
    assertThat(run.state().backfilling()).isFalse();
  }

  @Test
  void aBacklogIsCommittedInGrowingGroupsOncePagesProveAllNew() { // issue 6: ingest, DESIGN §4
    for (boolean since : new boolean[] {true, false}) {
      Network network = new Network(since, 3);
      Store store = new Store();
      runUntilDone(network, store, 20);
      network.add(60); // twenty pages of 3, all new
      store.groups.clear();
      StreamRun.Outcome run = StreamRun.run(store.cursor, network, store, 20);
      assertThat(run.pages()).isEqualTo(20);
      assertThat(store.groups)
          .as("the first page alone, then 2, 4, 8 pages a transaction, the rest of the run's 20")
          .containsExactly(1, 2, 4, 8, 5);
      store.cursor = run.state();
      runUntilDone(network, store, 20);
      assertThat(store.seen).containsExactlyInAnyOrderElementsOf(all(network));
      assertThat(store.cursor.backfilling()).isFalse();
      assertThat(store.cursor.sinceMarker()).isEqualTo(since ? "63" : null);
    }
  }

  @Test
  void aGroupReadsPastTheOverlapByFewerPagesThanProvedNew() { // DESIGN §4: fetch only what is new
    Network network = new Network(false, 30);
    Store store = new Store();
    runUntilDone(network, store, 20);
    network.add(12); // four pages of 3 new, then the 30 stored
    network.reads = 0;
    store.groups.clear();
    StreamRun.Outcome run = StreamRun.run(store.cursor, network, store, 20);
    assertThat(run.newItems()).isEqualTo(12);
    assertThat(run.state().backfilling()).isFalse();
    assertThat(store.groups).containsExactly(1, 2, 4);
    assertThat(network.reads)
        .as("pages 1-4 new, page 5 ends the read, pages 6-7 were read with it")
        .isEqualTo(7);
    assertThat(store.seen).containsExactlyInAnyOrderElementsOf(all(network));
  }

  /** A top-level post of the fake network, named by its id. */
  static NetworkItem post(long id) {
    return new NetworkItem(
        String.valueOf(id), ItemKind.POST, null, null, null, "#" + id, Instant.EPOCH, null, null);
  }
}
