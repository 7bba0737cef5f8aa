package org.crmsocial.social.conversation.entity;

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
import org.crmsocial.social.provider.model.Attachment;
import org.crmsocial.social.provider.model.ItemCounts;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.NetworkStream;
import org.crmsocial.social.provider.model.RichContent;
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

  /** The text as sanitized HTML, where there is rich text (V9_1); sanitized again when shown. */
  @Column(name = "text_html", length = MAX_TEXT)
  private String textHtml;

  @Column(name = "attachment_type", length = 40)
  private String attachmentType;

  @Column(name = "attachment_title", length = 1000)
  private String attachmentTitle;

  @Column(name = "attachment_description", length = 4000)
  private String attachmentDescription;

  @Column(name = "attachment_url", length = 2000)
  private String attachmentUrl;

  @Column(name = "attachment_image", length = 2000)
  private String attachmentImage;

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
   * Sets the rich text and the attachment. Rich text longer than {@link #MAX_TEXT} is dropped (the
   * plain text still shows), as are attachment values longer than their column; an address too long
   * to keep is dropped rather than cut (a cut address leads elsewhere).
   */
  public void rich(RichContent rich) {
    RichContent r = rich == null ? RichContent.NONE : rich;
    this.textHtml = r.html() == null || r.html().length() <= MAX_TEXT ? r.html() : null;
    Attachment a = r.attachment();
    this.attachmentType = a == null ? null : cut(a.type(), 40);
    this.attachmentTitle = a == null ? null : cut(a.title(), 1000);
    this.attachmentDescription = a == null ? null : cut(a.description(), 4000);
    this.attachmentUrl = a == null || a.url() == null || a.url().length() > 2000 ? null : a.url();
    this.attachmentImage =
        a == null || a.imageUrl() == null || a.imageUrl().length() > 2000 ? null : a.imageUrl();
  }

  private static String cut(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }

  /** The rich text and attachment, {@link RichContent#NONE} where there are none. */
  public RichContent getRich() {
    Attachment a =
        Attachment.of(
            attachmentType, attachmentTitle, attachmentDescription, attachmentUrl, attachmentImage);
    return textHtml == null && a == null ? RichContent.NONE : new RichContent(textHtml, a);
  }

  public String getTextHtml() {
    return textHtml;
  }

  public String getAttachmentType() {
    return attachmentType;
  }

  public String getAttachmentTitle() {
    return attachmentTitle;
  }

  public String getAttachmentDescription() {
    return attachmentDescription;
  }

  public String getAttachmentUrl() {
    return attachmentUrl;
  }

  public String getAttachmentImage() {
    return attachmentImage;
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
