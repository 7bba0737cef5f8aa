package org.crmsocial.social.people.control;

import java.io.Serializable;
import java.time.OffsetDateTime;
import org.crmsocial.social.provider.entity.Network;
import org.crmsocial.social.stream.entity.Direction;
import org.crmsocial.social.stream.entity.InteractionKind;

/**
 * One line of a record's Social Interactions list (S-4). The text, names and link come from the
 * network: untrusted, escaped by the page.
 *
 * @param authorLabel the author's display name, else {@code @handle}
 * @param permalink the original on the network, or null
 */
public record InteractionRow(
    long id,
    Network network,
    InteractionKind kind,
    Direction direction,
    String authorLabel,
    String text,
    String permalink,
    OffsetDateTime createdAt)
    implements Serializable {

  /** The constructor JPQL calls: the label is made from the author's name and handle. */
  public InteractionRow(
      Long id,
      Network network,
      InteractionKind kind,
      Direction direction,
      String authorName,
      String authorHandle,
      String text,
      String permalink,
      OffsetDateTime createdAt) {
    this(id, network, kind, direction, label(authorName, authorHandle), text, permalink, createdAt);
  }

  private static String label(String name, String handle) {
    if (name != null && !name.isBlank()) {
      return name;
    }
    return handle == null ? "" : "@" + handle;
  }
}
