package org.crmsocial.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One line of the audit log: who did what to which target, and the state before and after. Entries
 * are written in the same transaction as the change they describe and are never updated.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  /** The longest detail kept; longer details are cut with an ellipsis. */
  public static final int DETAIL_LENGTH = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
  @SequenceGenerator(
      name = "audit_entry_seq",
      sequenceName = "audit_entry_seq",
      allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private OffsetDateTime at;

  @Column(name = "actor_id")
  private Long actorId;

  @Column(name = "actor_name", nullable = false, length = 254)
  private String actorName;

  @Column(nullable = false, length = 60)
  private String action;

  @Column(nullable = false, length = 300)
  private String target;

  @Column(length = DETAIL_LENGTH)
  private String detail;

  protected AuditEntry() {}

  public AuditEntry(
      OffsetDateTime at,
      Long actorId,
      String actorName,
      String action,
      String target,
      String detail) {
    this.at = at;
    this.actorId = actorId;
    this.actorName = actorName;
    this.action = action;
    this.target = cut(target, 300);
    this.detail = detail == null ? null : cut(detail, DETAIL_LENGTH);
  }

  private static String cut(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length - 1) + "…";
  }

  public Long getId() {
    return id;
  }

  public OffsetDateTime getAt() {
    return at;
  }

  public Long getActorId() {
    return actorId;
  }

  public String getActorName() {
    return actorName;
  }

  public String getAction() {
    return action;
  }

  public String getTarget() {
    return target;
  }

  public String getDetail() {
    return detail;
  }
}
