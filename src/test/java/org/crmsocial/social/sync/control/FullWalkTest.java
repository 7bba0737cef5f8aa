package org.crmsocial.social.sync.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.crmsocial.social.provider.model.NetworkItem;
import org.crmsocial.social.provider.model.StreamPage;
import org.junit.jupiter.api.Test;

/**
 * The full walk of a stream (DESIGN.md §4; issue 6: "nothing fetched is lost or stored twice,
 * whatever fails in between"; S-3, S-4). A fake network whose items are ordered by id, newest
 * first, in pages of 3, where an item can appear anywhere (a backdated post gets a low id), and a
 * fake store that counts every time an item is stored as new and keeps the walk's state as
 * committed with the page.
 */
class FullWalkTest {

  static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 26, 6, 0, 0, 0, ZoneOffset.UTC);

  /** The network: cursor = the id to read below; can fail on one read. */
  static final class Network implements FullWalk.Source, StreamRun.Source {
    final NavigableSet<Long> ids = new TreeSet<>();
    int failAtRead = -1;
    int reads;

    Network(long from, long to) {
      for (long id = from; id <= to; id++) {
        ids.add(id);
      }
    }

    @Override
    public StreamPage<NetworkItem> read(String cursor) {
      if (reads++ == failAtRead) {
        throw new IllegalStateException("HTTP 500");
      }
      long below = cursor == null ? Long.MAX_VALUE : Long.parseLong(cursor);
      List<NetworkItem> page = new ArrayList<>();
      for (long id : ids.headSet(below, false).descendingSet()) {
        if (page.size() == 3) {
          break;
        }
        page.add(StreamRunTest.post(id));
      }
      long last = page.isEmpty() ? 0 : Long.parseLong(page.get(page.size() - 1).externalId());
      boolean more = !page.isEmpty() && ids.lower(last) != null;
      return new StreamPage<>(page, more ? String.valueOf(last) : null, null);
    }

    @Override
    public StreamPage<NetworkItem> read(String cursor, String since) {
      return read(cursor);
    }
  }

  /** The database: how often each id was stored as new, and the walk's committed state. */
  static final class Store implements FullWalk.Sink, StreamRun.Sink {
    /** Per id, how often a commit was given it: a page read twice gives its items again. */
    final Map<String, Integer> stored = new HashMap<>();

    FullWalk.State walk = FullWalk.State.NONE;
    StreamRun.State cursor = new StreamRun.State(null, null, null);
    int finished;
    int added;

    int store(List<NetworkItem> items) {
      int added = 0;
      for (NetworkItem item : items) {
        if (stored.merge(item.externalId(), 1, Integer::sum) == 1) {
          added++;
        }
      }
      this.added += added;
      return added;
    }

    @Override
    public int commit(StreamPage<NetworkItem> page, FullWalk.State next) {
      int added = store(page.items());
      walk = next;
      if (!next.underWay()) {
        finished++;
      }
      return added;
    }

    @Override
    public int[] commit(List<StreamRun.Read> pages) {
      java.util.Set<String> fresh = new java.util.HashSet<>();
      for (StreamRun.Read page : pages) {
        for (NetworkItem item : page.items()) {
          if (!stored.containsKey(item.externalId())) {
            fresh.add(item.externalId());
          }
        }
        store(page.items());
      }
      int[] added = StreamRun.newPerPage(pages, fresh);
      cursor = StreamRun.after(pages, added);
      return added;
    }

    java.util.Set<String> ids() {
      return stored.keySet();
    }
  }

  static List<String> all(Network network) {
    return network.ids.stream().map(String::valueOf).toList();
  }

  /** Runs the newest-first read until it is done, as the sync does before the walk. */
  static void read(Network network, Store store) {
    for (int i = 0; i < 100; i++) {
      store.cursor = StreamRun.run(store.cursor, network, store, 20).state();
      if (!store.cursor.backfilling()) {
        return;
      }
    }
  }

  /** Runs the walk, {@code maxPages} a run, until it finishes; how many runs it took. */
  static int walk(Network network, Store store, int maxPages) {
    for (int run = 1; run <= 100; run++) {
      FullWalk.Outcome outcome = FullWalk.run(store.walk, network, store, maxPages);
      assertThat(outcome.state()).isEqualTo(store.walk);
      if (outcome.finished()) {
        return run;
      }
    }
    throw new AssertionError("the walk never finished");
  }

  @Test
  void itemsBehindStoredPagesAreMissedByTheNewestFirstReadAndStoredOnceByTheWalk() { // S-3
    Network network = new Network(100, 130);
    Store store = new Store();
    read(network, store);
    assertThat(store.ids()).containsExactlyInAnyOrderElementsOf(all(network));

    network.ids.addAll(List.of(5L, 6L, 7L)); // backdated: behind every stored page
    network.ids.add(131L); // and one new item at the top
    read(network, store);
    assertThat(store.ids())
        .as("the newest-first read stops at the first known page")
        .contains("131");
    assertThat(store.ids()).doesNotContain("5", "6", "7");

    int runs = walk(network, store, 4);
    assertThat(runs).as("35 items in pages of 3, 4 pages a run").isEqualTo(3);
    assertThat(store.ids()).containsExactlyInAnyOrderElementsOf(all(network));
    assertThat(store.added).as("each stored once: new exactly once").isEqualTo(35);
    assertThat(store.walk).isEqualTo(FullWalk.State.NONE);
    assertThat(store.finished).isEqualTo(1);
  }

  @Test
  void aWalkIsBoundedPerRunAndGoesOnWhereTheLastRunStopped() { // issue 6, DESIGN §4
    Network network = new Network(1, 30); // 10 pages
    Store store = new Store();
    FullWalk.Outcome first = FullWalk.run(store.walk, network, store, 4);
    assertThat(first.pages()).isEqualTo(4);
    assertThat(first.finished()).isFalse();
    assertThat(first.state()).isEqualTo(new FullWalk.State(true, "19", 4));
    assertThat(first.newItems()).isEqualTo(12);

    network.reads = 0;
    FullWalk.Outcome second = FullWalk.run(store.walk, network, store, 4);
    assertThat(second.state()).isEqualTo(new FullWalk.State(true, "7", 8));
    FullWalk.Outcome third = FullWalk.run(store.walk, network, store, 4);
    assertThat(third.pages()).as("the last two pages").isEqualTo(2);
    assertThat(third.finished()).isTrue();
    assertThat(network.reads).as("no page read again").isEqualTo(6);
    assertThat(store.ids()).containsExactlyInAnyOrderElementsOf(all(network));
  }

  @Test
  void aFailureMidwayResumesAtThePageWhereItStoppedAndLosesNothing() { // issue 6: whatever fails
    for (int failAt = 0; failAt < 10; failAt++) {
      Network network = new Network(1, 30);
      Store store = new Store();
      network.failAtRead = failAt;
      FullWalk.State before = store.walk;
      assertThatThrownBy(() -> FullWalk.run(before, network, store, 20)).hasMessage("HTTP 500");
      assertThat(store.walk.pages())
          .as("the walk's cursor moved with each committed page only (fail at %d)", failAt)
          .isEqualTo(failAt);
      network.failAtRead = -1;
      network.ids.add(0L); // more behind, meanwhile
      network.reads = 0;
      walk(network, store, 20);
      assertThat(network.reads)
          .as("resumes at the page that failed (fail at %d)", failAt)
          .isEqualTo(11 - failAt);
      assertThat(store.ids()).containsExactlyInAnyOrderElementsOf(all(network));
      assertThat(store.added).as("each stored once").isEqualTo(31);
    }
  }

  @Test
  void aWalkIsDueWhenNeverRunOrItsTimeHasComeAndGoesOnWhileUnderWay() { // issue 6
    assertThat(FullWalk.runs(FullWalk.State.NONE, null, NOW)).as("linked: never walked").isTrue();
    assertThat(FullWalk.runs(FullWalk.State.NONE, NOW.plusHours(1), NOW)).isFalse();
    assertThat(FullWalk.runs(FullWalk.State.NONE, NOW, NOW)).isTrue();
    assertThat(FullWalk.runs(new FullWalk.State(true, "7", 3), NOW.plusHours(23), NOW)).isTrue();
  }
}
