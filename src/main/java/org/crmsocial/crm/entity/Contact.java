package org.crmsocial.crm.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A person the organization does business with. Never deleted by anything social (S-20). */
@Entity
@Table(name = "contact")
public class Contact extends CrmRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_seq")
  @SequenceGenerator(name = "contact_seq", sequenceName = "contact_seq", allocationSize = 50)
  private Long id;

  @Override
  public Long getId() {
    return id;
  }
}
