package org.crmsocial.social.sync.control;

import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.crmsocial.social.provider.model.NetworkItem;
import org.crmsocial.social.provider.model.StreamPage;

/**
 * A {@link StreamRun.Source} that reads the next pages of a backfill on another thread while the
 * pages read are being committed, so the network's answers and the database's writes overlap. It
 * only reads ahead; what is committed, and the cursor that moves with it, stay in page order in
 * {@link StreamRun}.
 *
 * <p>Pages are read ahead only once the run is past its first page (a run that finds nothing new on
 * its first page, the usual case, makes no extra call), at most {@link #DEPTH} pages beyond the one
 * the run asked for last and never beyond the run's {@code maxPages}, and only when a thread is
 * free for it. The pages read ahead that the run does not ask for (it stopped there) are dropped:
 * at most {@link #DEPTH} calls a run. A read-ahead that failed fails the read that asks for its
 * page, as the read itself would have.
 */
final class PrefetchingSource implements StreamRun.Source, AutoCloseable {

  /**
   * Pages read ahead at most: as many as {@link StreamRun} commits in one transaction, so that the
   * next group is read while one is committed.
   */
  static final int DEPTH = StreamRun.MAX_GROUP;

  /** Runs work on another thread. */
  @FunctionalInterface
  interface Launcher {
    /** Whether the work started (false: no thread is free now, nothing is read ahead). */
    boolean start(Runnable work);
  }

  private final StreamRun.Source source;
  private final Launcher launcher;
  private final int maxPages;
  private int reads;
  private Reader reader;

  PrefetchingSource(StreamRun.Source source, Launcher launcher, int maxPages) {
    this.source = source;
    this.launcher = launcher;
    this.maxPages = maxPages;
  }

  @Override
  public StreamPage<NetworkItem> read(String cursor, String since) {
    reads++;
    StreamPage<NetworkItem> page = reader == null ? null : reader.take(cursor, since);
    if (page == null) {
      close();
      page = source.read(cursor, since);
      if (cursor != null && page.hasNext() && reads < maxPages) {
        Reader next = new Reader(page.nextCursor(), since, maxPages - reads);
        reader = launcher.start(next::run) ? next : null;
      }
    }
    return page;
  }

  /** Stops reading ahead; drops what was read ahead and not asked for. */
  @Override
  public void close() {
    if (reader != null) {
      reader.closed = true; // a read under way finishes (the call is sent) and is dropped
      reader = null;
    }
  }

  /** A page read ahead, or how its read failed. */
  private record Fetched(StreamPage<NetworkItem> page, RuntimeException failure) {}

  /** Reads pages one after the other from a cursor, up to {@link #DEPTH} ahead of the run. */
  private final class Reader implements Runnable {
    private static final long WAIT_MILLIS = 50;

    private final BlockingQueue<Fetched> pages = new ArrayBlockingQueue<>(DEPTH);
    private final String since;
    private final int planned;
    private volatile boolean closed;
    private volatile boolean ended;
    private final String first;
    private String expected;
    private int handed;

    Reader(String first, String since, int planned) {
      this.first = first;
      this.expected = first;
      this.since = since;
      this.planned = planned;
    }

    @Override
    public void run() {
      try {
        String cursor = first;
        for (int i = 0; i < planned && !closed; i++) {
          Fetched fetched;
          try {
            fetched = new Fetched(source.read(cursor, since), null);
          } catch (RuntimeException e) {
            fetched = new Fetched(null, e);
          }
          if (!put(fetched) || fetched.failure != null || !fetched.page.hasNext()) {
            return;
          }
          cursor = fetched.page.nextCursor();
        }
      } finally {
        ended = true;
      }
    }

    private boolean put(Fetched fetched) {
      try {
        while (!closed) {
          if (pages.offer(fetched, WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
            return true;
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return false;
    }

    /**
     * The page at {@code cursor} if it is the next one read ahead, else null (read it directly).
     */
    StreamPage<NetworkItem> take(String cursor, String since) {
      if (handed >= planned
          || !Objects.equals(cursor, expected)
          || !Objects.equals(since, this.since)) {
        return null;
      }
      Fetched fetched = next();
      if (fetched == null) {
        return null;
      }
      handed++;
      if (fetched.failure != null) {
        throw fetched.failure;
      }
      expected = fetched.page.nextCursor();
      return fetched.page;
    }

    private Fetched next() {
      try {
        while (true) {
          Fetched fetched = pages.poll(WAIT_MILLIS, TimeUnit.MILLISECONDS);
          if (fetched != null) {
            return fetched;
          }
          if (ended && pages.isEmpty()) {
            return null;
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading ahead", e);
      }
    }
  }
}
