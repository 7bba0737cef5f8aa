package org.crmsocial.social.settings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The page a Facebook or Google+ account acts for, chosen in Add Page (S-9 step 6, S-15). The page
 * token (Facebook) is stored encrypted, as the service hands it over; it is erased with the
 * account's other tokens on removal. {@link #toString()} never shows it.
 */
@Entity
@Table(name = "social_page")
public class SocialPage {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "social_page_seq")
  @SequenceGenerator(
      name = "social_page_seq",
      sequenceName = "social_page_seq",
      allocationSize = 50)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id", nullable = false, unique = true)
  private SocialAccount account;

  @Column(name = "external_page_id", nullable = false, length = 100)
  private String externalPageId;

  @Column(length = 300)
  private String name;

  /** The encrypted page token, or null (Google+ acts with the user token; erased on removal). */
  @Column(name = "page_token", length = 4000)
  private String pageToken;

  @Column(name = "added_at", nullable = false)
  private OffsetDateTime addedAt;

  @Version private long version;

  protected SocialPage() {}

  SocialPage(
      SocialAccount account,
      String externalPageId,
      String name,
      String pageToken,
      OffsetDateTime at) {
    this.account = Objects.requireNonNull(account);
    choose(externalPageId, name, pageToken, at);
  }

  void choose(String externalPageId, String name, String pageToken, OffsetDateTime at) {
    this.externalPageId = Objects.requireNonNull(externalPageId, "externalPageId");
    this.name = name;
    this.pageToken = pageToken;
    this.addedAt = Objects.requireNonNull(at);
  }

  void eraseToken() {
    this.pageToken = null;
  }

  public Long getId() {
    return id;
  }

  public SocialAccount getAccount() {
    return account;
  }

  public String getExternalPageId() {
    return externalPageId;
  }

  public String getName() {
    return name;
  }

  /** The encrypted page token, or null. */
  public String getPageToken() {
    return pageToken;
  }

  public OffsetDateTime getAddedAt() {
    return addedAt;
  }

  @Override
  public String toString() {
    return "SocialPage[id=%s, externalPageId=%s, name=%s, pageToken=%s]"
        .formatted(id, externalPageId, name, pageToken == null ? null : "***");
  }
}
