package org.crmsocial.crm.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A prospective customer. Never deleted by anything social (S-20). */
@Entity
@Table(name = "lead")
public class Lead extends CrmRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lead_seq")
  @SequenceGenerator(name = "lead_seq", sequenceName = "lead_seq", allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private LeadStatus status = LeadStatus.NEW;

  @Override
  public Long getId() {
    return id;
  }

  public LeadStatus getStatus() {
    return status;
  }

  public void setStatus(LeadStatus status) {
    this.status = status;
  }
}
