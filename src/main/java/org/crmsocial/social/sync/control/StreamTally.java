package org.crmsocial.social.sync.control;

import java.time.Instant;
import java.util.Arrays;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * What one run of one stream did: items added, whether it failed, the time spent on the network and
 * on storing, the pause its endpoint's budget asks for, and until when it was left waiting.
 */
final class StreamTally {

  int added;
  boolean failed;
  long networkNanos;
  long storeNanos;
  private Instant pauseUntil;

  /** Where the run left the stream waiting for a rate limit or budget, when. */
  Instant waitsUntil;

  /** Holds the stream's next call until {@code until} (its endpoint's budget). */
  synchronized void pause(Instant until) {
    pauseUntil = SyncTimes.later(pauseUntil, until);
  }

  synchronized Instant pausedUntil() {
    return pauseUntil;
  }

  /** Runs a network call, counting its time. */
  <T> T network(Supplier<T> call) {
    long started = System.nanoTime();
    try {
      return call.get();
    } finally {
      networkNanos += System.nanoTime() - started;
    }
  }

  /** Stores pages, counting their time and what was new in each. */
  int[] storePages(Supplier<int[]> call) {
    long started = System.nanoTime();
    try {
      int[] n = call.get();
      added += Arrays.stream(n).sum();
      return n;
    } finally {
      storeNanos += System.nanoTime() - started;
    }
  }

  /** Stores items, counting their time and what was new. */
  int store(IntSupplier call) {
    return storePages(() -> new int[] {call.getAsInt()})[0];
  }
}
