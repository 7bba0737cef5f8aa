package org.crmsocial.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * The one organization this installation serves. Its {@link Edition} decides whether Social is
 * available at all (S-7).
 */
@Entity
@NamedQuery(name = Organization.FIND_ALL, query = "SELECT o FROM Organization o ORDER BY o.id")
public class Organization {

  public static final String FIND_ALL = "Organization.findAll";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organization_seq")
  @SequenceGenerator(
      name = "organization_seq",
      sequenceName = "organization_seq",
      allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Edition edition;

  @Version private long version;

  protected Organization() {}

  public Organization(String name, Edition edition) {
    this.name = Objects.requireNonNull(name);
    this.edition = Objects.requireNonNull(edition);
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = Objects.requireNonNull(name);
  }

  public Edition getEdition() {
    return edition;
  }

  public void setEdition(Edition edition) {
    this.edition = Objects.requireNonNull(edition);
  }

  public long getVersion() {
    return version;
  }
}
