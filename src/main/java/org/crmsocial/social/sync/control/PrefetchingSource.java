package org.crmsocial.social.sync.control;

import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.crmsocial.social.provider.entity.NetworkItem;
import org.crmsocial.social.provider.entity.StreamPage;

/**
 * A {@link StreamRun.Source} that reads the next page of a backfill while the page just read is
 * being committed, so the network's answer and the database's write overlap. It only reads ahead;
 * what is committed, and the cursor that moves with it, stay in page order in {@link StreamRun}.
 *
 * <p>A page is read ahead only when the run is already past its first page (a run that finds
 * nothing new on its first page, the usual case, makes no extra call) and has reads left of {@code
 * maxPages}, and only when a thread is free for it. A read-ahead whose page the run does not ask
 * for (the run stopped there) is dropped: at most one call a run. A read-ahead that failed fails
 * the read that asks for its page, as the read itself would have.
 */
final class PrefetchingSource implements StreamRun.Source, AutoCloseable {

  /** Runs a read on another thread. */
  @FunctionalInterface
  interface Launcher {
    /** The read under way, or null when it cannot start now (then nothing is read ahead). */
    Future<StreamPage<NetworkItem>> start(Supplier<StreamPage<NetworkItem>> read);
  }

  private record Ahead(String cursor, String since, Future<StreamPage<NetworkItem>> page) {}

  private final StreamRun.Source source;
  private final Launcher launcher;
  private final int maxPages;
  private int reads;
  private Ahead ahead;

  PrefetchingSource(StreamRun.Source source, Launcher launcher, int maxPages) {
    this.source = source;
    this.launcher = launcher;
    this.maxPages = maxPages;
  }

  @Override
  public StreamPage<NetworkItem> read(String cursor, String since) {
    reads++;
    StreamPage<NetworkItem> page;
    if (ahead != null
        && Objects.equals(ahead.cursor, cursor)
        && Objects.equals(ahead.since, since)) {
      Future<StreamPage<NetworkItem>> pending = ahead.page;
      ahead = null;
      page = await(pending);
    } else {
      close();
      page = source.read(cursor, since);
    }
    if (cursor != null && page.hasNext() && reads < maxPages) {
      String next = page.nextCursor();
      Future<StreamPage<NetworkItem>> started = launcher.start(() -> source.read(next, since));
      ahead = started == null ? null : new Ahead(next, since, started);
    }
    return page;
  }

  /** Drops a read-ahead that no one asked for. */
  @Override
  public void close() {
    if (ahead != null) {
      ahead.page.cancel(false); // a read under way finishes (the call is sent) and is dropped
      ahead = null;
    }
  }

  private static StreamPage<NetworkItem> await(Future<StreamPage<NetworkItem>> pending) {
    try {
      return pending.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading ahead", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("reading ahead failed", cause);
    }
  }
}
