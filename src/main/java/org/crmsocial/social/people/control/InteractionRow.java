package org.crmsocial.social.people.control;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneId;
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

  /**
   * The time zone the pages show times in. Mojarra's {@code f:convertDateTime} ignores its {@code
   * timeZone} for java.time values (eclipse-ee4j/mojarra#5622), so times are handed to the page
   * already in this zone.
   */
  public static final ZoneId SHOWN_ZONE = org.crmsocial.platform.control.Clock.DISPLAY_ZONE;

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
    this(
        id,
        network,
        kind,
        direction,
        label(authorName, authorHandle),
        text,
        permalink,
        shown(createdAt));
  }

  /** {@code time} in {@link #SHOWN_ZONE}, the same instant. */
  public static OffsetDateTime shown(OffsetDateTime time) {
    return time == null ? null : time.atZoneSameInstant(SHOWN_ZONE).toOffsetDateTime();
  }

  private static String label(String name, String handle) {
    if (name != null && !name.isBlank()) {
      return name;
    }
    return handle == null ? "" : "@" + handle;
  }
}
