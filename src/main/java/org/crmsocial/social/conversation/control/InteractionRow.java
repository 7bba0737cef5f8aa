package org.crmsocial.social.conversation.control;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.crmsocial.social.conversation.entity.Direction;
import org.crmsocial.social.conversation.entity.InteractionKind;
import org.crmsocial.social.provider.model.Attachment;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.RichContent;

/**
 * One line of a record's Social Interactions list (S-4). The text, names and link come from the
 * network: untrusted, escaped by the page.
 *
 * @param authorLabel the author's display name, else {@code @handle}
 * @param permalink the original on the network, or null
 * @param recipientLabel for an item others addressed to the record's person (the brand's reply or
 *     message to them), that person's name, else {@code @handle}; null for what the person wrote
 * @param rich its rich text (shown, sanitized, instead of {@code text}) and the link it shares
 */
public record InteractionRow(
    long id,
    Network network,
    InteractionKind kind,
    Direction direction,
    String authorLabel,
    String text,
    String permalink,
    OffsetDateTime createdAt,
    String recipientLabel,
    RichContent rich)
    implements Serializable {

  public InteractionRow {
    rich = rich == null ? RichContent.NONE : rich;
  }

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
      OffsetDateTime createdAt,
      String textHtml,
      String attachmentTitle,
      String attachmentUrl) {
    this(
        id,
        network,
        kind,
        direction,
        label(authorName, authorHandle),
        text,
        permalink,
        shown(createdAt),
        null,
        rich(textHtml, attachmentTitle, attachmentUrl));
  }

  /**
   * The constructor JPQL calls for an item others addressed to the record's person; its author is
   * named afterwards ({@link #withAuthorLabel}).
   */
  public InteractionRow(
      Long id,
      Network network,
      InteractionKind kind,
      Direction direction,
      String text,
      String permalink,
      OffsetDateTime createdAt,
      String recipientName,
      String recipientHandle,
      String textHtml,
      String attachmentTitle,
      String attachmentUrl) {
    this(
        id,
        network,
        kind,
        direction,
        "",
        text,
        permalink,
        shown(createdAt),
        label(recipientName, recipientHandle),
        rich(textHtml, attachmentTitle, attachmentUrl));
  }

  /** The rich text and the shared link's card (title and address: the list shows no picture). */
  private static RichContent rich(String textHtml, String attachmentTitle, String attachmentUrl) {
    Attachment link = Attachment.of(null, attachmentTitle, null, attachmentUrl, null);
    return textHtml == null && link == null ? RichContent.NONE : new RichContent(textHtml, link);
  }

  /** This row with its author named. */
  InteractionRow withAuthorLabel(String label) {
    return new InteractionRow(
        id, network, kind, direction, label, text, permalink, createdAt, recipientLabel, rich);
  }

  /** The account's own (the brand's) item: the list says "You". */
  public boolean own() {
    return direction == Direction.OUT;
  }

  /** Whether the list shows whom it was addressed to ("You → Jane"). */
  public boolean addressed() {
    return recipientLabel != null && !recipientLabel.isEmpty();
  }

  /** {@code time} in {@link #SHOWN_ZONE}, the same instant. */
  public static OffsetDateTime shown(OffsetDateTime time) {
    return time == null ? null : time.atZoneSameInstant(SHOWN_ZONE).toOffsetDateTime();
  }

  /** A person's display name, else {@code @handle}, else empty. */
  static String label(String name, String handle) {
    if (name != null && !name.isBlank()) {
      return name;
    }
    return handle == null ? "" : "@" + handle;
  }
}
