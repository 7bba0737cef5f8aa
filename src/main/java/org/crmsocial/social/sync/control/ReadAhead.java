package org.crmsocial.social.sync.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;

/**
 * Starts the reads ahead of {@link PrefetchingSource} on the container's managed executor {@link
 * #EXECUTOR} (defined on {@link SyncEngine}, at most {@link #THREADS} tasks at a time), so the
 * container owns the threads, their context and their shutdown. At most {@link #THREADS} streams
 * read ahead at a time on the server; when all are busy a run reads its next page itself, as it
 * would without them: a read ahead is never queued behind another, since the run waiting for it
 * could as well read the page. A read ahead is an HTTP call and its JSON binding and needs no
 * transaction.
 */
@ApplicationScoped
public class ReadAhead {

  /** The JNDI name of the sync's managed executor. */
  static final String EXECUTOR = "java:app/concurrent/crmsocial-sync-read-ahead";

  /** How many pages may be read ahead at a time on the server. */
  static final int THREADS = 4;

  @Resource(lookup = EXECUTOR)
  ManagedExecutorService managed;

  private ExecutorService executor;
  private final Semaphore free = new Semaphore(THREADS);

  /** A read-ahead over the executor of a test (outside the container). */
  static ReadAhead over(ExecutorService executor) {
    ReadAhead readAhead = new ReadAhead();
    readAhead.executor = executor;
    return readAhead;
  }

  /** Starts {@code work} on a free thread; false when none is free (the caller reads itself). */
  public boolean start(Runnable work) {
    if (!free.tryAcquire()) {
      return false;
    }
    try {
      (executor != null ? executor : managed)
          .execute(
              () -> {
                try {
                  work.run();
                } finally {
                  free.release();
                }
              });
      return true;
    } catch (RejectedExecutionException busy) {
      free.release();
      return false;
    }
  }
}
