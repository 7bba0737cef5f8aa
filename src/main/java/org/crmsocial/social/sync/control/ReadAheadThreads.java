package org.crmsocial.social.sync.control;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The few threads that read pages ahead for {@link PrefetchingSource}: at most {@link #THREADS}
 * streams read ahead at a time on the server; when all are busy, a run reads its next page itself,
 * as it would without them. They are the sync's own, not the server's executor: a read ahead waits
 * for the network, and the network may be the sandbox in this very server, whose answers need the
 * server's threads; holding those while waiting for them could stall both until the read times out.
 * A read ahead is an HTTP call and its JSON binding, and needs no transaction or other container
 * service.
 */
final class ReadAheadThreads {

  /** How many pages may be read ahead at a time on the server. */
  static final int THREADS = 4;

  private static final AtomicInteger COUNT = new AtomicInteger();

  private static final ThreadPoolExecutor POOL =
      new ThreadPoolExecutor(
          0,
          THREADS,
          30,
          TimeUnit.SECONDS,
          new SynchronousQueue<>(),
          work -> {
            Thread t = new Thread(work, "crmsocial-sync-read-ahead-" + COUNT.incrementAndGet());
            t.setDaemon(true);
            return t;
          });

  private ReadAheadThreads() {}

  /** Starts {@code work} on a free thread; false when none is free (the caller reads itself). */
  static boolean start(Runnable work) {
    try {
      POOL.execute(work);
      return true;
    } catch (RejectedExecutionException busy) {
      return false;
    }
  }
}
