package org.crmsocial.social.sync.control;

import java.util.ArrayList;
import java.util.List;
import org.crmsocial.social.provider.entity.NetworkItem;
import org.crmsocial.social.provider.entity.StreamPage;

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

  /** Stores a page and moves the cursor in one transaction. */
  @FunctionalInterface
  public interface Sink {
    /**
     * Stores {@code items}; the cursor becomes {@code more} when the page added something and
     * {@code hasNext}, else {@code done}.
     *
     * @return how many items were new
     */
    int commit(List<NetworkItem> items, boolean hasNext, State more, State done);
  }

  /** What a run did. */
  public record Outcome(State state, int pages, int newItems, List<NetworkItem> read) {}

  private StreamRun() {}

  /** Runs at most {@code maxPages} reads. */
  public static Outcome run(State start, Source source, Sink sink, int maxPages) {
    State state = start;
    int pages = 0;
    int added = 0;
    List<NetworkItem> read = new ArrayList<>();
    boolean finished = false;
    boolean freshRead = !start.backfilling();
    while (!finished && pages < maxPages) {
      boolean backfill = state.backfilling();
      StreamPage<NetworkItem> page =
          source.read(backfill ? state.backfillCursor() : null, state.sinceMarker());
      pages++;
      String pending = backfill ? state.pendingMarker() : page.newestMarker();
      State more = new State(state.sinceMarker(), pending, page.nextCursor());
      State done = new State(pending != null ? pending : state.sinceMarker(), null, null);
      int n = sink.commit(page.items(), page.hasNext(), more, done);
      added += n;
      read.addAll(page.items());
      boolean continues = page.hasNext() && n > 0;
      state = continues ? more : done;
      if (!continues) {
        // A backfill left by an earlier run goes on with a fresh read of what arrived meanwhile.
        finished = freshRead;
        freshRead = true;
      }
    }
    return new Outcome(state, pages, added, read);
  }
}
