package org.crmsocial.social.provider.entity;

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
 * @param <T> the item type
 */
public record StreamPage<T>(
    List<T> items, String nextCursor, String newestMarker, Map<String, Long> threadSizes) {

  public StreamPage {
    items = List.copyOf(items);
    threadSizes = threadSizes == null ? Map.of() : Map.copyOf(threadSizes);
  }

  public StreamPage(List<T> items, String nextCursor, String newestMarker) {
    this(items, nextCursor, newestMarker, Map.of());
  }

  public static <T> StreamPage<T> empty() {
    return new StreamPage<>(List.of(), null, null);
  }

  public boolean hasNext() {
    return nextCursor != null;
  }
}
