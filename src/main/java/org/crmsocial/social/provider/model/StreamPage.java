package org.crmsocial.social.provider.model;

import java.util.List;
import java.util.Map;

/**
 * One page of a stream. Pass {@code nextCursor} back in the next {@link StreamQuery} to read the
 * following (older) page; it is null on the last page. {@code newestMarker} is what to pass as
 * {@link StreamQuery#since()} later to read only what is newer than this page (Twitter: the newest
 * tweet id; Facebook: the newest item's time in epoch seconds); null where the network has no such
 * filter (Google+) or the page is empty.
 *
 * <p>{@code threadSizes} gives, where the network says, how many items each thread of the page
 * holds on the network (Facebook conversations: their message count, of which the page shows only
 * the latest), so that the sync can read the rest; empty otherwise.
 *
 * <p>{@code budget} is what the network's usage headers said of the calls left (issue 19 point 17),
 * {@link RateBudget#NONE} when they said nothing that calls for a pause.
 *
 * @param <T> the item type
 */
public record StreamPage<T>(
    List<T> items,
    String nextCursor,
    String newestMarker,
    Map<String, Long> threadSizes,
    RateBudget budget) {

  public StreamPage {
    items = List.copyOf(items);
    threadSizes = threadSizes == null ? Map.of() : Map.copyOf(threadSizes);
    budget = budget == null ? RateBudget.NONE : budget;
  }

  public StreamPage(
      List<T> items, String nextCursor, String newestMarker, Map<String, Long> threadSizes) {
    this(items, nextCursor, newestMarker, threadSizes, RateBudget.NONE);
  }

  public StreamPage(List<T> items, String nextCursor, String newestMarker) {
    this(items, nextCursor, newestMarker, Map.of());
  }

  public static <T> StreamPage<T> empty() {
    return new StreamPage<>(List.of(), null, null);
  }

  /** The same page with what the network said of its budget. */
  public StreamPage<T> withBudget(RateBudget budget) {
    return new StreamPage<>(items, nextCursor, newestMarker, threadSizes, budget);
  }

  public boolean hasNext() {
    return nextCursor != null;
  }
}
