package org.crmsocial.sandbox.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.crmsocial.sandbox.model.FaultKind;

/**
 * The failures the next API calls of one network answer with, in the order they were asked for:
 * {@code add(RATE_LIMIT, 2)} then {@code add(HTTP_500, 1)} fails the next three calls with two rate
 * limits and one server error; {@code pass(3)} first lets three calls through before them.
 * Thread-safe; each call takes at most one fault.
 */
public final class FaultQueue {

  /** The next calls' answers: a fault, or empty for a call served as usual. */
  private final Deque<Optional<FaultKind>> pending = new ArrayDeque<>();

  /** Queues {@code count} faults of a kind behind those already queued. */
  public synchronized void add(FaultKind kind, int count) {
    if (count < 0 || count > 100_000) {
      throw new IllegalArgumentException("count must be between 0 and 100000");
    }
    for (int i = 0; i < count; i++) {
      pending.addLast(Optional.of(kind));
    }
  }

  /** Lets the next {@code count} calls (behind those already queued) be served as usual. */
  public synchronized void pass(int count) {
    if (count < 0 || count > 100_000) {
      throw new IllegalArgumentException("count must be between 0 and 100000");
    }
    for (int i = 0; i < count; i++) {
      pending.addLast(Optional.empty());
    }
  }

  /** Takes the fault for the call now being served, if one is queued. */
  public synchronized Optional<FaultKind> take() {
    Optional<FaultKind> next = pending.pollFirst();
    return next == null ? Optional.empty() : next;
  }

  /** The faults still queued, in order (calls let through before them not counted). */
  public synchronized List<FaultKind> pending() {
    List<FaultKind> faults = new ArrayList<>();
    pending.forEach(f -> f.ifPresent(faults::add));
    return faults;
  }

  /** Drops every queued fault. */
  public synchronized void clear() {
    pending.clear();
  }
}
