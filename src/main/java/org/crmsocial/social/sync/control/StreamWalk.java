package org.crmsocial.social.sync.control;

import org.crmsocial.social.provider.model.NetworkStream;
import org.crmsocial.social.sync.control.CursorStore.CursorSnapshot;

/**
 * The full walk of one stream within a run ({@link FullWalk}): every page read again, {@code
 * pagesPerRun} more pages a run once the newest-first read has caught up, for what appears behind
 * the stored pages (issue 6: nothing fetched is lost; S-3, S-4). Only the streams read without a
 * {@code since} filter have one.
 */
final class StreamWalk {

  private final SyncParts parts;
  private final NetworkReads reads;
  private final MissingThreads threads;

  StreamWalk(SyncParts parts, NetworkReads reads, MissingThreads threads) {
    this.parts = parts;
    this.reads = reads;
    this.threads = threads;
  }

  /**
   * Whether the stream has a full walk: those read newest first without a {@code since} filter,
   * where items can appear behind the stored pages.
   */
  static boolean walks(NetworkStream stream) {
    return !StreamReader.usesSince(stream);
  }

  /**
   * After the newest-first read: goes on with the walk where one is due or under way, freshness
   * first (not while that read has a backlog left).
   *
   * @param backfilling whether the newest-first read stopped with pages left to read
   * @param readToTheEnd whether that read went from the newest page to the last one
   */
  void afterRead(
      RunAccount account,
      CursorSnapshot cursor,
      boolean backfilling,
      boolean readToTheEnd,
      StreamTally tally) {
    if (!walks(cursor.stream())
        || backfilling
        || !FullWalk.runs(cursor.walk(), cursor.nextWalkAt(), parts.now())) {
      return;
    }
    if (readToTheEnd && !cursor.walk().underWay()) {
      // A first link, a small stream: that read was a full walk, none is read again.
      parts.cursors().walkCovered(cursor.id(), parts.now(), parts.settings().fullWalkInterval());
    } else {
      walk(account, cursor, tally);
    }
  }

  /**
   * Continues the walk for at most {@code pagesPerRun} pages: items behind the stored pages and new
   * comments on older posts are stored, each once. The comments (messages) missing under a page's
   * posts (conversations) are read before the page is committed with the walk's next cursor, so a
   * failure in between reads the page again and nothing is skipped.
   */
  private void walk(RunAccount account, CursorSnapshot cursor, StreamTally tally) {
    NetworkStream stream = cursor.stream();
    FullWalk.Source source =
        page ->
            tally.network(
                () -> reads.read(account, tally, reads.query(account, stream).withCursor(page)));
    FullWalk.Sink sink =
        (page, next) -> {
          threads.read(account, cursor, page.items(), page.threadSizes(), tally);
          int added =
              tally.store(
                  () ->
                      parts
                          .cursors()
                          .walked(
                              cursor.id(),
                              page.items(),
                              next,
                              parts.now(),
                              parts.settings().fullWalkInterval()));
          account.leaseKept();
          return added;
        };
    FullWalk.run(cursor.walk(), source, sink, parts.settings().pagesPerRun());
  }
}
