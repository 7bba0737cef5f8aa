package org.crmsocial.social.stream.control;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import org.crmsocial.social.conversation.entity.Direction;
import org.crmsocial.social.conversation.entity.InteractionKind;
import org.crmsocial.social.provider.model.RichContent;

/**
 * One row of a stream as the Social tab shows it. Every text in it came from a network: pages show
 * it escaped.
 *
 * @param id the stored interaction's id; null for a live search result, which is not stored
 * @param externalId the network's id of the item (what actions target)
 * @param personId the stored author's id (for "+ Add"), null if unknown
 * @param leadId the lead the author is associated with, else null
 * @param contactId the contact the author is associated with, else null
 * @param children comments or replies shown under it: its thread, each answer after the item it
 *     answers, answers to the same item oldest first
 * @param moreChildren how many more comments or replies there are than shown
 * @param depth 0 for an item of the stream, 1 for an answer to it, 2 for an answer to that answer…
 * @param replyingTo the author of the item it answers (empty when the network hides them), for an
 *     answer below depth 1, else null
 * @param rich its rich text (shown, sanitized, instead of {@code text}) and what it shares
 * @param recipientName for the account's own private message, whom it went to (null otherwise, or
 *     when the network does not say)
 */
public record StreamItem(
    Long id,
    String externalId,
    InteractionKind kind,
    Direction direction,
    Long personId,
    String authorName,
    String authorHandle,
    Long leadId,
    Long contactId,
    String text,
    OffsetDateTime createdAt,
    String permalink,
    long likeCount,
    long replyCount,
    long shareCount,
    boolean liked,
    boolean shared,
    List<StreamItem> children,
    int moreChildren,
    int depth,
    String replyingTo,
    RichContent rich,
    String recipientName)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public StreamItem {
    children = children == null ? List.of() : List.copyOf(children);
    rich = rich == null ? RichContent.NONE : rich;
  }

  /** The author is known and associated with neither a lead nor a contact: "+ Add" applies. */
  public boolean unknownPerson() {
    return personId != null && leadId == null && contactId == null && direction == Direction.IN;
  }

  /** A private message (Facebook page message, Twitter DM). */
  public boolean message() {
    return kind == InteractionKind.MESSAGE;
  }

  /**
   * Whom a private conversation is with, by its newest message: its sender, or whom our message
   * went to; null for anything but a message (or when the network does not say).
   */
  public String conversationWith() {
    if (!message()) {
      return null;
    }
    return direction == Direction.IN ? authorName : recipientName;
  }

  StreamItem withChildren(List<StreamItem> shown, int more) {
    return with(shown, more, depth, replyingTo);
  }

  /**
   * This item once its author was made a lead or contact (a live search result is not read again
   * from the database): its "+ Add" becomes a link to the record.
   */
  public StreamItem withRecord(Long leadId, Long contactId) {
    return copy(leadId, contactId, children, moreChildren, depth, replyingTo);
  }

  /** This item as an answer in a thread, {@code depth} below the stream's item. */
  StreamItem inThread(int depth, String replyingTo) {
    return with(List.of(), 0, depth, depth > 1 ? replyingTo : null);
  }

  private StreamItem with(List<StreamItem> shown, int more, int depth, String replyingTo) {
    return copy(leadId, contactId, shown, more, depth, replyingTo);
  }

  private StreamItem copy(
      Long leadId, Long contactId, List<StreamItem> shown, int more, int depth, String replyingTo) {
    return new StreamItem(
        id,
        externalId,
        kind,
        direction,
        personId,
        authorName,
        authorHandle,
        leadId,
        contactId,
        text,
        createdAt,
        permalink,
        likeCount,
        replyCount,
        shareCount,
        liked,
        shared,
        shown,
        more,
        depth,
        replyingTo,
        rich,
        recipientName);
  }
}
