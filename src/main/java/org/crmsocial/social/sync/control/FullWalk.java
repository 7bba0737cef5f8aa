package org.crmsocial.social.sync.control;

import java.time.OffsetDateTime;
import org.crmsocial.social.provider.model.NetworkItem;
import org.crmsocial.social.provider.model.StreamPage;

/**
 * The full re-read of a stream (DESIGN.md §4; issue 6: "nothing fetched is lost or stored twice,
 * whatever fails in between"; S-3, S-4). The newest-first read of {@link StreamRun} stops at the
 * first page with nothing new, so it never sees what a network places behind stored pages (a
 * backdated post, a bulk-seeded sandbox item) nor the new comments of posts older than the newest
 * pages. A walk reads every page from the newest to the end, a few pages a run, storing each page
 * idempotently and moving its own cursor only with that page, in the same transaction: a walk that
 * fails midway resumes at the page it stopped at, and a page read twice stores nothing twice.
 *
 * <p>A walk is due when its stream's account is linked or becomes active again (re-authorized) and
 * then every {@code crmsocial.sync.full-walk-interval}; one under way goes on in every run until it
 * reaches the end.
 */
public final class FullWalk {

  /**
   * Where a stream's walk stands.
   *
   * @param underWay whether a walk has begun and not reached the end
   * @param cursor the next page to read (null: the first page)
   * @param pages the pages the walk has committed
   */
  public record State(boolean underWay, String cursor, int pages) {

    /** No walk under way. */
    public static final State NONE = new State(false, null, 0);

    static final State FIRST_PAGE = new State(true, null, 0);
  }

  /** Reads one page of the stream (null: the newest). */
  @FunctionalInterface
  public interface Source {
    StreamPage<NetworkItem> read(String cursor);
  }

  /** Stores a page and moves the walk to {@code next} in one transaction. */
  @FunctionalInterface
  public interface Sink {
    /**
     * @param next where the walk stands after this page: {@link State#NONE} once the page was the
     *     last
     * @return how many items were new
     */
    int commit(StreamPage<NetworkItem> page, State next);
  }

  /** What a run of the walk did. */
  public record Outcome(State state, int pages, int newItems, boolean finished) {}

  private FullWalk() {}

  /** Whether a walk goes on or begins in this run: one is under way, or the next one is due. */
  public static boolean runs(State state, OffsetDateTime nextWalkAt, OffsetDateTime now) {
    return state.underWay() || nextWalkAt == null || !nextWalkAt.isAfter(now);
  }

  /** Continues (or begins) the walk for at most {@code maxPages} pages. */
  public static Outcome run(State start, Source source, Sink sink, int maxPages) {
    State state = start.underWay() ? start : State.FIRST_PAGE;
    int pages = 0;
    int added = 0;
    while (pages < maxPages) {
      StreamPage<NetworkItem> page = source.read(state.cursor());
      pages++;
      State next =
          page.hasNext() ? new State(true, page.nextCursor(), state.pages() + 1) : State.NONE;
      added += sink.commit(page, next);
      state = next;
      if (!page.hasNext()) {
        return new Outcome(state, pages, added, true);
      }
    }
    return new Outcome(state, pages, added, false);
  }
}
