package org.crmsocial.social.sync.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * Which server runs the sync of an account, until when (DESIGN.md §4: in a cluster each sync runs
 * on exactly one server). Free when {@code owner} or {@code expiresAt} is null or {@code expiresAt}
 * has passed; once released, {@code owner} tells which server ran the account last. Only {@code
 * SyncLeases} writes it, with conditional updates.
 */
@Entity
@Table(name = "sync_lease")
public class SyncLease {

  @Id
  @Column(name = "account_id")
  private Long accountId;

  @Column(length = 200)
  private String owner;

  @Column(name = "expires_at")
  private OffsetDateTime expiresAt;

  protected SyncLease() {}

  public SyncLease(long accountId, String owner, OffsetDateTime expiresAt) {
    this.accountId = accountId;
    this.owner = owner;
    this.expiresAt = expiresAt;
  }

  public Long getAccountId() {
    return accountId;
  }

  public String getOwner() {
    return owner;
  }

  public OffsetDateTime getExpiresAt() {
    return expiresAt;
  }
}
