package org.crmsocial.social.sync.control;

import java.util.ArrayList;
import java.util.List;
import org.crmsocial.social.provider.model.NetworkItem;
import org.crmsocial.social.provider.model.StreamPage;

/**
 * One run of the sync of one stream (DESIGN.md §4): reads pages newest first from where the cursor
 * stands and commits each page with the cursor it leads to, so a run that fails midway loses
 * nothing.
 *
 * <p>The cursor's {@code sinceMarker} covers only what is stored completely. A fresh read asks for
 * what is newer than it; if that takes more than one page, the newest marker of the first page is
 * kept as {@code pendingMarker} and the next page's cursor as {@code backfillCursor}; both move
 * only with the page they belong to, in the same transaction. When the read reaches its end (no
 * next page, or a page with nothing new: the rest is stored already), the pending marker becomes
 * the since marker. A run stops after {@code maxPages}; the next run continues the backfill before
 * it reads anything newer. Streams whose network has no {@code since} filter (no marker) stop at
 * the first page with nothing new.
 */
public final class StreamRun {

  /** Where a stream's sync stands. */
  public record State(String sinceMarker, String pendingMarker, String backfillCursor) {

    public boolean backfilling() {
      return backfillCursor != null;
    }
  }

  /** Reads one page of the stream. */
  @FunctionalInterface
  public interface Source {
    /**
     * @param cursor the page to read (null: the newest)
     * @param since only items newer than this marker, or null
     */
    StreamPage<NetworkItem> read(String cursor, String since);
  }

  /**
   * A page read, with where the cursor goes after it: to {@code more} when it added something and
   * {@code hasNext}, else to {@code done} (the read ends there).
   */
  public record Read(List<NetworkItem> items, boolean hasNext, State more, State done) {

    /** Whether the read goes on past this page, given how many of its items were new. */
    boolean continues(int added) {
      return hasNext && added > 0;
    }
  }

  /** Stores pages and moves the cursor in one transaction. */
  @FunctionalInterface
  public interface Sink {
    /**
     * Stores the items of {@code pages} (read in this order, each the next page of the one before)
     * and moves the cursor to {@link #after} them.
     *
     * @return how many items of each page were new (an item on two pages counts on the first)
     */
    int[] commit(List<Read> pages);
  }

  /** The pages committed together at most, once a backlog's pages have proved all new. */
  static final int MAX_GROUP = 8;

  /**
   * Where the cursor stands after {@code pages} were committed with {@code added} new items each:
   * the {@code done} state of the first page where the read ends, else the {@code more} state of
   * the last.
   */
  public static State after(List<Read> pages, int[] added) {
    for (int i = 0; i < pages.size(); i++) {
      if (!pages.get(i).continues(added[i])) {
        return pages.get(i).done();
      }
    }
    return pages.get(pages.size() - 1).more();
  }

  /**
   * How many items of each page are among {@code fresh} (the ids a commit stored as new), each item
   * counted on the first page it is on.
   */
  public static int[] newPerPage(List<Read> pages, java.util.Set<String> fresh) {
    java.util.Set<String> counted = new java.util.HashSet<>();
    int[] added = new int[pages.size()];
    for (int i = 0; i < pages.size(); i++) {
      for (NetworkItem item : pages.get(i).items()) {
        if (fresh.contains(item.externalId()) && counted.add(item.externalId())) {
          added[i]++;
        }
      }
    }
    return added;
  }

  /**
   * Thrown by a {@link Source} that must not call the network now (its budget is spent, issue 19
   * point 17): the pages read so far in the run are committed first, then it leaves the run.
   */
  public static class Held extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Held(String why) {
      super(why, null, false, false);
    }
  }

  /** What a run did. */
  public record Outcome(State state, int pages, int newItems, List<NetworkItem> read) {}

  private StreamRun() {}

  /**
   * Runs at most {@code maxPages} reads. The first page of a read and the first page a run takes up
   * a backfill with are committed alone; while every page of a backfill proves all new, the pages
   * are committed in groups of 2, 4, … {@link #MAX_GROUP}, each group in one transaction with the
   * cursor after it. The read may then go past the page where it ends by fewer pages than were all
   * new before that page (what was read past is stored too: idempotent).
   */
  public static Outcome run(State start, Source source, Sink sink, int maxPages) {
    State state = start;
    int pages = 0;
    int added = 0;
    int group = 1;
    List<NetworkItem> read = new ArrayList<>();
    boolean finished = false;
    boolean freshRead = !start.backfilling();
    while (!finished && pages < maxPages) {
      List<Read> reads = new ArrayList<>();
      State at = state;
      boolean backfill = state.backfilling();
      int size = backfill ? Math.min(group, maxPages - pages) : 1;
      while (reads.size() < size) {
        StreamPage<NetworkItem> page;
        try {
          page = source.read(backfill ? at.backfillCursor() : null, at.sinceMarker());
        } catch (Held held) {
          if (!reads.isEmpty()) {
            sink.commit(reads); // nothing read is dropped for the pause
          }
          throw held;
        }
        pages++;
        String pending = backfill ? at.pendingMarker() : page.newestMarker();
        State more = new State(at.sinceMarker(), pending, page.nextCursor());
        State done = new State(pending != null ? pending : at.sinceMarker(), null, null);
        reads.add(new Read(page.items(), page.hasNext(), more, done));
        read.addAll(page.items());
        if (!page.hasNext()) {
          break;
        }
        at = more;
        backfill = true;
      }
      int[] n = sink.commit(reads);
      boolean allNew = true;
      for (int i = 0; i < n.length; i++) {
        added += n[i];
        allNew &= n[i] == reads.get(i).items().size();
      }
      state = after(reads, n);
      boolean continues = state.backfilling();
      group = continues && allNew ? Math.min(group * 2, MAX_GROUP) : 1;
      if (!continues) {
        // A backfill left by an earlier run goes on with a fresh read of what arrived meanwhile.
        finished = freshRead;
        freshRead = true;
      }
    }
    return new Outcome(state, pages, added, read);
  }
}
