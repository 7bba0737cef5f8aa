package org.crmsocial.platform.control;

/**
 * One page of a list: rows {@code first} to {@code first + size}, sorted by a screen field,
 * narrowed by a search text (blank = everything).
 */
public record PageRequest(int first, int size, String sortField, boolean ascending, String search) {

  public static final int MAX_SIZE = 100;

  public PageRequest {
    first = Math.max(0, first);
    size = Math.min(Math.max(1, size), MAX_SIZE);
    search = search == null ? "" : search.strip();
  }
}
