package org.crmsocial.social.stream.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.crmsocial.social.people.entity.SocialPerson;
import org.crmsocial.social.provider.entity.ItemCounts;
import org.crmsocial.social.provider.entity.Network;
import org.crmsocial.social.provider.entity.NetworkStream;
import org.crmsocial.social.settings.entity.SocialAccount;

/**
 * One thing read from or written to a network: a post, comment, tweet, reply, mention, message or
 * the account's own like, retweet or favourite. {@code (network, externalId)} is unique, so storing
 * the same item twice changes only its counts (DESIGN.md §4). It stays stored while its account is
 * removed, hidden, and shows again when the same account is linked again (S-18, S-19).
 */
@Entity
@Table(name = "social_interaction")
public class SocialInteraction {

  /** Longest text kept; longer texts (none of the three networks allows them) are cut. */
  public static final int MAX_TEXT = 65535;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "social_interaction_seq")
  @SequenceGenerator(
      name = "social_interaction_seq",
      sequenceName = "social_interaction_seq",
      allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Network network;

  @Column(name = "external_id", nullable = false, length = 100)
  private String externalId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id", nullable = false)
  private SocialAccount account;

  /**
   * The account's id, read only: a query orders by it without joining the account (the stream index
   * leads with it, and H2 reads an index in order only when ORDER BY names it).
   */
  @Column(name = "account_id", insertable = false, updatable = false)
  private Long accountId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private NetworkStream stream;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private InteractionKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 3)
  private Direction direction;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "author_id")
  private SocialPerson author;

  /**
   * Whom it is addressed to: the author of the item it answers, or the other party of a private
   * conversation the account wrote in; null when unknown or nobody in particular.
   */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "recipient_id")
  private SocialPerson recipient;

  /** The recipient's id, read only: a query can seek the recipient index without the join. */
  @Column(name = "recipient_id", insertable = false, updatable = false)
  private Long recipientId;

  @Column(name = "parent_external_id", length = 100)
  private String parentExternalId;

  @Column(name = "conversation_id", length = 100)
  private String conversationId;

  @Column(length = MAX_TEXT)
  private String text;

  @Column(length = 1000)
  private String permalink;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "fetched_at", nullable = false)
  private OffsetDateTime fetchedAt;

  @Column(name = "like_count", nullable = false)
  private long likeCount;

  @Column(name = "reply_count", nullable = false)
  private long replyCount;

  @Column(name = "share_count", nullable = false)
  private long shareCount;

  @Column(name = "liked_by_account", nullable = false)
  private boolean likedByAccount;

  @Column(name = "shared_by_account", nullable = false)
  private boolean sharedByAccount;

  protected SocialInteraction() {}

  /**
   * A new interaction.
   *
   * @param createdAt when the network says it was written; {@code fetchedAt} if it did not say
   */
  public SocialInteraction(
      SocialAccount account,
      NetworkStream stream,
      String externalId,
      InteractionKind kind,
      Direction direction,
      SocialPerson author,
      OffsetDateTime createdAt,
      OffsetDateTime fetchedAt) {
    this.account = Objects.requireNonNull(account, "account");
    this.network = account.getNetwork();
    this.stream = Objects.requireNonNull(stream, "stream");
    this.externalId = Objects.requireNonNull(externalId, "externalId");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.direction = Objects.requireNonNull(direction, "direction");
    this.author = author;
    this.fetchedAt = Objects.requireNonNull(fetchedAt, "fetchedAt");
    this.createdAt = createdAt == null ? fetchedAt : createdAt;
  }

  /** Sets what the item answers and the thread it belongs to. */
  public void thread(String parentExternalId, String conversationId) {
    this.parentExternalId = parentExternalId;
    this.conversationId = conversationId;
  }

  /** Sets whom it is addressed to (never its own author). */
  public void address(SocialPerson recipient) {
    this.recipient =
        recipient == null || recipient == author || recipient.equals(author) ? null : recipient;
  }

  /** Sets the text (cut to {@link #MAX_TEXT}) and the link to the original. */
  public void content(String text, String permalink) {
    this.text = text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    this.permalink = permalink == null || permalink.length() <= 1000 ? permalink : null;
  }

  /**
   * Takes the counts of a later read.
   *
   * @return whether they changed
   */
  public boolean count(ItemCounts counts, OffsetDateTime now) {
    fetchedAt = now;
    if (counts.likes() == likeCount
        && counts.replies() == replyCount
        && counts.shares() == shareCount) {
      return false;
    }
    likeCount = counts.likes();
    replyCount = counts.replies();
    shareCount = counts.shares();
    return true;
  }

  /** The account liked or favourited it. */
  public void markLiked() {
    likedByAccount = true;
  }

  /** The account retweeted it. */
  public void markShared() {
    sharedByAccount = true;
  }

  public Long getId() {
    return id;
  }

  public Network getNetwork() {
    return network;
  }

  public String getExternalId() {
    return externalId;
  }

  public SocialAccount getAccount() {
    return account;
  }

  public NetworkStream getStream() {
    return stream;
  }

  public InteractionKind getKind() {
    return kind;
  }

  public Direction getDirection() {
    return direction;
  }

  public SocialPerson getAuthor() {
    return author;
  }

  /** The recipient's id as loaded (not updated by {@link #address} until read again). */
  public Long getRecipientId() {
    return recipientId;
  }

  public SocialPerson getRecipient() {
    return recipient;
  }

  public String getParentExternalId() {
    return parentExternalId;
  }

  public String getConversationId() {
    return conversationId;
  }

  public String getText() {
    return text;
  }

  public String getPermalink() {
    return permalink;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getFetchedAt() {
    return fetchedAt;
  }

  public long getLikeCount() {
    return likeCount;
  }

  public long getReplyCount() {
    return replyCount;
  }

  public long getShareCount() {
    return shareCount;
  }

  public boolean isLikedByAccount() {
    return likedByAccount;
  }

  public boolean isSharedByAccount() {
    return sharedByAccount;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SocialInteraction other && id != null && Objects.equals(id, other.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }

  @Override
  public String toString() {
    return "SocialInteraction[id=%s, network=%s, externalId=%s, kind=%s]"
        .formatted(id, network, externalId, kind);
  }
}
