package org.crmsocial.social.provider.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing read from a network (a post, comment, tweet, mention or message), in network-neutral
 * form. {@code (network, externalId)} identifies it, so reading the same item twice yields an equal
 * record and upserts stay idempotent.
 *
 * @param externalId the network's id of the item, never null
 * @param kind what the item is, never null
 * @param author who wrote it; null where the network hides the author (Facebook privacy)
 * @param parentId the id of the item it answers, comments or retweets; null for top-level items
 * @param conversationId the thread it belongs to (Facebook conversation, Twitter conversation or DM
 *     conversation), else null
 * @param text its text; null where there is none (a shared photo or link on Facebook)
 * @param createdAt when it was written, null if the network did not say
 * @param counts its engagement counts, never null
 * @param permalink its public URL, if the network gave one
 * @param addressedTo the user id of whom it answers, where the network says so (Twitter's {@code
 *     in_reply_to_user_id}), else null: it addresses a reply whose parent is not stored (a search
 *     result answered) to its person
 * @param rich its rich text and what it shares, never null ({@link RichContent#NONE})
 */
public record NetworkItem(
    String externalId,
    ItemKind kind,
    NetworkPerson author,
    String parentId,
    String conversationId,
    String text,
    Instant createdAt,
    ItemCounts counts,
    String permalink,
    String addressedTo,
    RichContent rich) {

  public NetworkItem {
    Objects.requireNonNull(externalId, "externalId");
    Objects.requireNonNull(kind, "kind");
    counts = counts == null ? ItemCounts.NONE : counts;
    rich = rich == null ? RichContent.NONE : rich;
  }

  /** An item with nothing beyond its plain text. */
  public NetworkItem(
      String externalId,
      ItemKind kind,
      NetworkPerson author,
      String parentId,
      String conversationId,
      String text,
      Instant createdAt,
      ItemCounts counts,
      String permalink,
      String addressedTo) {
    this(
        externalId,
        kind,
        author,
        parentId,
        conversationId,
        text,
        createdAt,
        counts,
        permalink,
        addressedTo,
        RichContent.NONE);
  }

  /** This item with its rich text and attachment. */
  public NetworkItem withRich(RichContent rich) {
    return new NetworkItem(
        externalId,
        kind,
        author,
        parentId,
        conversationId,
        text,
        createdAt,
        counts,
        permalink,
        addressedTo,
        rich);
  }

  /** An item whose network does not say whom it answers (beyond its parent). */
  public NetworkItem(
      String externalId,
      ItemKind kind,
      NetworkPerson author,
      String parentId,
      String conversationId,
      String text,
      Instant createdAt,
      ItemCounts counts,
      String permalink) {
    this(
        externalId,
        kind,
        author,
        parentId,
        conversationId,
        text,
        createdAt,
        counts,
        permalink,
        null);
  }
}
