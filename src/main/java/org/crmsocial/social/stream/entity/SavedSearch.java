package org.crmsocial.social.stream.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import org.crmsocial.social.settings.entity.SocialAccount;

/** A Twitter search saved as a stream of the Social tab (S-12). */
@Entity
@Table(name = "saved_search")
public class SavedSearch {

  /** The X API's recent search accepts queries up to 512 characters. */
  public static final int MAX_QUERY = 512;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "saved_search_seq")
  @SequenceGenerator(
      name = "saved_search_seq",
      sequenceName = "saved_search_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id", nullable = false)
  private SocialAccount account;

  @Column(nullable = false, length = MAX_QUERY)
  private String query;

  @Column(name = "created_by_name", nullable = false, length = 254)
  private String createdByName;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected SavedSearch() {}

  public SavedSearch(
      SocialAccount account, String query, String createdByName, OffsetDateTime now) {
    this.account = Objects.requireNonNull(account, "account");
    this.query = Objects.requireNonNull(query, "query");
    this.createdByName = Objects.requireNonNull(createdByName, "createdByName");
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public SocialAccount getAccount() {
    return account;
  }

  public String getQuery() {
    return query;
  }

  public String getCreatedByName() {
    return createdByName;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }
}
