package org.crmsocial.sandbox.control;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fixed rate windows per key (a token and an endpoint), as Twitter counts them: {@code limit} calls
 * per window, the window starting at the first call and resetting at a known epoch second.
 * Thread-safe; memory is bounded by dropping windows that have ended.
 */
public final class RateWindow {

  /** The state of one key's window after a call: whether it was allowed, and what is left. */
  public record Usage(boolean allowed, int limit, int remaining, long resetEpochSecond) {}

  private static final class Window {
    long startMillis;
    int used;
  }

  private final long windowMillis;
  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  /** Windows of the given length. */
  public RateWindow(long windowMillis) {
    this.windowMillis = windowMillis;
  }

  /** Counts one call for the key at the given time, refusing it when the window is used up. */
  public Usage hit(String key, int limit, long nowMillis) {
    if (windows.size() > 50_000) {
      windows.values().removeIf(w -> nowMillis - w.startMillis >= windowMillis);
    }
    Window w = windows.computeIfAbsent(key, k -> new Window());
    synchronized (w) {
      if (w.used == 0 || nowMillis - w.startMillis >= windowMillis) {
        w.startMillis = nowMillis;
        w.used = 0;
      }
      long reset = (w.startMillis + windowMillis + 999) / 1000;
      if (w.used >= limit) {
        return new Usage(false, limit, 0, reset);
      }
      w.used++;
      return new Usage(true, limit, limit - w.used, reset);
    }
  }

  /** Forgets every window (tests and the admin reset). */
  public void clear() {
    windows.clear();
  }
}
