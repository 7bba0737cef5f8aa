package org.crmsocial.social.stream.control;

import java.io.Serializable;

/**
 * The count-horizon policy of a stream shown page by page: the stream is counted exactly only
 * {@link StreamService#COUNT_AHEAD} items past the furthest page shown, and a count past that
 * horizon reads "more than n". Paging on moves the horizon with it, so every item stays reachable;
 * back on the first page it starts again. One per shown stream, kept with the view.
 */
public final class CountHorizon implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How far the next count reaches. */
  private int horizon = StreamService.COUNT_AHEAD;

  /** How far the last count reached: a row count past it means "more than". */
  private int countedTo = StreamService.COUNT_AHEAD;

  /** Back to the first page (another stream, filter or "show new"). */
  public void reset() {
    horizon = StreamService.COUNT_AHEAD;
  }

  /** A page of {@code size} from {@code first} is read: the horizon keeps ahead of it. */
  public void paged(int first, int size) {
    horizon = Math.max(horizon, first + size + StreamService.COUNT_AHEAD);
  }

  /** The horizon to count to now, remembered as the one the shown count reached. */
  public int toCount() {
    countedTo = horizon;
    return horizon;
  }

  /** How far the shown count reached exactly. */
  public int countedTo() {
    return countedTo;
  }

  /** Whether {@code rowCount}, from the last count, means "more than {@link #countedTo()}". */
  public boolean capped(long rowCount) {
    return rowCount > countedTo;
  }
}
