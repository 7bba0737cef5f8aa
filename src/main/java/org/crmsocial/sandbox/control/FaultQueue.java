package org.crmsocial.sandbox.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.crmsocial.sandbox.entity.FaultKind;

/**
 * The failures the next API calls of one network answer with, in the order they were asked for:
 * {@code add(RATE_LIMIT, 2)} then {@code add(HTTP_500, 1)} fails the next three calls with two rate
 * limits and one server error. Thread-safe; each call takes at most one fault.
 */
public final class FaultQueue {

  private final Deque<FaultKind> pending = new ArrayDeque<>();

  /** Queues {@code count} faults of a kind behind those already queued. */
  public synchronized void add(FaultKind kind, int count) {
    if (count < 0 || count > 100_000) {
      throw new IllegalArgumentException("count must be between 0 and 100000");
    }
    for (int i = 0; i < count; i++) {
      pending.addLast(kind);
    }
  }

  /** Takes the fault for the call now being served, if one is queued. */
  public synchronized Optional<FaultKind> take() {
    return Optional.ofNullable(pending.pollFirst());
  }

  /** The faults still queued, in order. */
  public synchronized List<FaultKind> pending() {
    return new ArrayList<>(pending);
  }

  /** Drops every queued fault. */
  public synchronized void clear() {
    pending.clear();
  }
}
