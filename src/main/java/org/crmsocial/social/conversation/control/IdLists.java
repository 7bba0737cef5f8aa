package org.crmsocial.social.conversation.control;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * The {@code IN} lists of the sync's own SQL: a few sizes only, each padded with its last id (which
 * changes no answer), so that the server's statement cache holds every statement a page needs
 * instead of preparing one per count of ids.
 */
final class IdLists {

  /** The sizes, the largest being {@link InteractionStore#CHUNK}. */
  private static final int[] SIZES = {1, 10, 25, 100, InteractionStore.CHUNK};

  private IdLists() {}

  /** The list size for {@code count} ids (at most {@link InteractionStore#CHUNK}). */
  static int size(int count) {
    for (int size : SIZES) {
      if (count <= size) {
        return size;
      }
    }
    throw new IllegalArgumentException(count + " ids make more than one list");
  }

  /** {@code ?, ?, ?} for the list of {@code ids}. */
  static String placeholders(List<String> ids) {
    return "?" + ", ?".repeat(size(ids.size()) - 1);
  }

  /**
   * Binds the list of {@code ids} from parameter {@code first}, padded with the last id.
   *
   * @return the next parameter's index
   */
  static int bind(PreparedStatement s, int first, List<String> ids) throws SQLException {
    int size = size(ids.size());
    for (int k = 0; k < size; k++) {
      s.setString(first + k, ids.get(Math.min(k, ids.size() - 1)));
    }
    return first + size;
  }
}
