package org.crmsocial.sandbox.control;

import java.time.OffsetDateTime;
import org.crmsocial.sandbox.model.ItemKind;

/**
 * One keyset page of a stream: the items whose {@code by} column equals {@code value}, of a kind
 * (or any), strictly between two ids and two times, newest first (or oldest first to page
 * backwards), at most {@code limit}.
 */
public record StreamQuery(
    By by,
    long value,
    ItemKind kind,
    Long belowId,
    Long aboveId,
    OffsetDateTime since,
    OffsetDateTime until,
    int limit,
    boolean ascending) {

  /** The column a stream is selected by. */
  public enum By {
    PAGE("page_id"),
    TARGET("target_id"),
    PARENT("parent_id");

    final String column;

    By(String column) {
      this.column = column;
    }
  }

  /** The newest {@code limit} items of a stream. */
  public static StreamQuery newest(By by, long value, ItemKind kind, int limit) {
    return new StreamQuery(by, value, kind, null, null, null, null, limit, false);
  }

  public StreamQuery below(Long id) {
    return new StreamQuery(by, value, kind, id, aboveId, since, until, limit, ascending);
  }

  public StreamQuery above(Long id) {
    return new StreamQuery(by, value, kind, belowId, id, since, until, limit, ascending);
  }

  public StreamQuery between(OffsetDateTime from, OffsetDateTime to) {
    return new StreamQuery(by, value, kind, belowId, aboveId, from, to, limit, ascending);
  }

  public StreamQuery oldestFirst() {
    return new StreamQuery(by, value, kind, belowId, aboveId, since, until, limit, true);
  }
}
