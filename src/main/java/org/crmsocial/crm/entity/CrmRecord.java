package org.crmsocial.crm.entity;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.OffsetDateTime;
import org.crmsocial.platform.control.PersonName;
import org.crmsocial.security.entity.User;

/**
 * What leads and contacts share: a person's name, company, title and ways to reach them, who owns
 * the record and where it came from. Validation constraints here are checked by the edit screens
 * (messages next to each field) and again by the services before anything is stored.
 */
@MappedSuperclass
public abstract class CrmRecord implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "first_name", length = 80)
  @Size(max = 80, message = "{crm.validation.tooLong}")
  private String firstName;

  @Column(name = "last_name", nullable = false, length = 80)
  @NotBlank(message = "{crm.validation.lastNameRequired}")
  @Size(max = 80, message = "{crm.validation.tooLong}")
  private String lastName;

  @Column(length = 200)
  @Size(max = 200, message = "{crm.validation.tooLong}")
  private String company;

  @Column(length = 120)
  @Size(max = 120, message = "{crm.validation.tooLong}")
  private String title;

  @Column(length = 254)
  @Email(message = "{crm.validation.email}")
  @Size(max = 254, message = "{crm.validation.tooLong}")
  private String email;

  @Column(length = 40)
  @Pattern(regexp = "^[0-9+()\\-. ]*$", message = "{crm.validation.phone}")
  @Size(max = 40, message = "{crm.validation.tooLong}")
  private String phone;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private RecordSource source = RecordSource.MANUAL;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "owner_id")
  private User owner;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  public abstract Long getId();

  /** The person's name; pages and messages show it with {@link PersonName#shown}. */
  public PersonName getPersonName() {
    return new PersonName(firstName, lastName);
  }

  /** Copies the editable fields of {@code form}, with surrounding blanks removed. */
  public void copyFieldsFrom(CrmRecord form) {
    this.firstName = blankToNull(form.firstName);
    this.lastName = form.lastName == null ? null : form.lastName.strip();
    this.company = blankToNull(form.company);
    this.title = blankToNull(form.title);
    this.email = blankToNull(form.email);
    this.phone = blankToNull(form.phone);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public void stamp(OffsetDateTime now) {
    if (createdAt == null) {
      createdAt = now;
    }
    updatedAt = now;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getCompany() {
    return company;
  }

  public void setCompany(String company) {
    this.company = company;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public RecordSource getSource() {
    return source;
  }

  public void setSource(RecordSource source) {
    this.source = source;
  }

  public User getOwner() {
    return owner;
  }

  public void setOwner(User owner) {
    this.owner = owner;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
