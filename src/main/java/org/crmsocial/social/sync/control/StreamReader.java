package org.crmsocial.social.sync.control;

import java.util.HashMap;
import java.util.Map;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.NetworkItem;
import org.crmsocial.social.provider.model.NetworkStream;
import org.crmsocial.social.provider.model.StreamPage;
import org.crmsocial.social.sync.control.CursorStore.CursorSnapshot;

/**
 * Reads one stream in one run: {@link StreamRun} from its cursor, newest first, the next pages of a
 * backlog read ahead ({@link PrefetchingSource}) and each page (group of pages) committed with its
 * cursor; then the comments (messages) missing under what was read ({@link MissingThreads}); then
 * the stream's full walk where one is due ({@link StreamWalk}). Counts what was new.
 */
final class StreamReader {

  private final SyncParts parts;
  private final NetworkReads reads;
  private final MissingThreads threads;
  private final StreamWalk walk;

  StreamReader(SyncParts parts) {
    this.parts = parts;
    this.reads = new NetworkReads(parts);
    this.threads = new MissingThreads(parts, reads);
    this.walk = new StreamWalk(parts, reads, threads);
  }

  /** Reads the stream once from {@code cursor}; what was new goes into {@code tally}. */
  void read(RunAccount account, CursorSnapshot cursor, StreamTally tally) {
    NetworkStream stream = cursor.stream();
    boolean since = usesSince(stream);
    Map<String, Long> threadSizes = new HashMap<>();
    boolean[] lastPageRead = {false};
    StreamRun.Source network =
        (page, marker) -> {
          StreamPage<NetworkItem> read =
              reads.read(
                  account,
                  tally,
                  reads.query(account, stream).withCursor(page).withSince(since ? marker : null));
          return since
              ? read
              : new StreamPage<>(
                  read.items(), read.nextCursor(), null, read.threadSizes(), read.budget());
        };
    StreamRun.Sink sink =
        pages -> {
          int[] added = tally.storePages(() -> parts.cursors().commit(cursor.id(), pages));
          account.leaseKept();
          return added;
        };
    int pagesPerRun = parts.settings().pagesPerRun();
    StreamRun.Outcome outcome;
    try (PrefetchingSource ahead =
        new PrefetchingSource(network, parts.readAhead()::start, pagesPerRun)) {
      // What a page brings is noted only when the run takes it (a page read ahead may be dropped).
      StreamRun.Source source =
          (page, marker) -> {
            StreamPage<NetworkItem> read = tally.network(() -> ahead.read(page, marker));
            threadSizes.putAll(read.threadSizes());
            lastPageRead[0] = !read.hasNext();
            return read;
          };
      outcome = StreamRun.run(cursor.state(), source, sink, pagesPerRun);
    }
    threads.read(account, cursor, outcome.read(), threadSizes, tally);
    walk.afterRead(account, cursor, outcome.state().backfilling(), lastPageRead[0], tally);
  }

  /**
   * Whether the stream is read with the network's {@code since} filter: only Twitter's, whose
   * {@code since_id} is the item id. Facebook's {@code since} filters on the time a post says it
   * was created, which a backdated post (or a bulk-seeded sandbox item) places behind the marker,
   * where it would never be read; its feed is read newest first down to the first page with nothing
   * new, like the streams that have no filter. That first page also refreshes the counts of the
   * newest posts, whose comments are then read where some are missing.
   */
  static boolean usesSince(NetworkStream stream) {
    return stream.network() == Network.TWITTER;
  }
}
