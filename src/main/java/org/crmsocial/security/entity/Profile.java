package org.crmsocial.security.entity;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.crmsocial.platform.control.AuditField;
import org.crmsocial.platform.control.RuleViolation;

/**
 * A Security Control profile: what its users may do. Holds the three independent Social permissions
 * of S-24: {@code manageSocial} (open the social settings), {@code socialDetailPage} (associate
 * leads and contacts with Facebook and Twitter people) and {@code socialTab} (open the Social tab).
 *
 * <p>Invariants kept here, whoever calls: Manage Social cannot be changed on the default profiles
 * (S-28) and can only ever be on for a profile descended from Administrator; switching Manage
 * Social off leaves the other two as they were (S-25, S-26); the default profiles keep their name
 * and their administrative flag, so no one can lock the organization out of Setup.
 */
@Entity
@NamedQuery(
    name = Profile.FIND_ALL,
    query = "SELECT p FROM Profile p ORDER BY p.systemKind DESC, p.nameKey")
@NamedQuery(
    name = Profile.FIND_BY_SYSTEM,
    query = "SELECT p FROM Profile p WHERE p.systemKind = :kind")
@NamedQuery(
    name = Profile.COUNT_BY_NAME,
    query = "SELECT COUNT(p) FROM Profile p WHERE p.nameKey = :nameKey AND p.id <> :id")
public class Profile implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String FIND_ALL = "Profile.findAll";
  public static final String FIND_BY_SYSTEM = "Profile.findBySystem";
  public static final String COUNT_BY_NAME = "Profile.countByName";
  public static final int NAME_LENGTH = 80;
  public static final int DESCRIPTION_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "profile_seq")
  @SequenceGenerator(name = "profile_seq", sequenceName = "profile_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = NAME_LENGTH)
  private String name;

  /** The name folded for uniqueness ("Sales" and "sales " are the same profile name). */
  @Column(name = "name_key", nullable = false, length = NAME_LENGTH)
  private String nameKey;

  @Column(length = DESCRIPTION_LENGTH)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "system_kind", length = 20)
  private SystemProfile systemKind;

  /** The default profile this one descends from (itself for a default profile). */
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private SystemProfile lineage;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "cloned_from_id")
  private Profile clonedFrom;

  @Column(nullable = false)
  private boolean administrative;

  @Column(name = "manage_social", nullable = false)
  private boolean manageSocial;

  @Column(name = "social_detail_page", nullable = false)
  private boolean socialDetailPage;

  @Column(name = "social_tab", nullable = false)
  private boolean socialTab;

  @Version private long version;

  protected Profile() {}

  /** The Administrator profile as installed (DESIGN.md §3): every permission on. */
  public static Profile administrator(String name) {
    Profile p = new Profile();
    p.systemKind = SystemProfile.ADMINISTRATOR;
    p.lineage = SystemProfile.ADMINISTRATOR;
    p.rename(name);
    p.administrative = true;
    p.manageSocial = true;
    p.socialDetailPage = true;
    p.socialTab = true;
    return p;
  }

  /** The Standard profile as installed: Social tab and detail page on, Manage Social off. */
  public static Profile standard(String name) {
    Profile p = new Profile();
    p.systemKind = SystemProfile.STANDARD;
    p.lineage = SystemProfile.STANDARD;
    p.rename(name);
    p.administrative = false;
    p.manageSocial = false;
    p.socialDetailPage = true;
    p.socialTab = true;
    return p;
  }

  /** A new, non-default profile that starts as a copy of this one. */
  public Profile cloneAs(String newName) {
    Profile p = new Profile();
    p.rename(newName);
    p.description = description;
    p.systemKind = null;
    p.lineage = lineage;
    p.clonedFrom = this;
    p.administrative = administrative;
    p.manageSocial = manageSocial;
    p.socialDetailPage = socialDetailPage;
    p.socialTab = socialTab;
    return p;
  }

  /** Folds a profile name for the uniqueness check. */
  public static String nameKey(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  public void rename(String newName) {
    String stripped = newName == null ? "" : newName.strip();
    if (stripped.isEmpty()) {
      throw new RuleViolation("security.profile.error.nameRequired");
    }
    if (stripped.length() > NAME_LENGTH) {
      throw new RuleViolation("security.profile.error.nameTooLong", NAME_LENGTH);
    }
    if (isSystem() && name != null && !name.equals(stripped)) {
      throw new RuleViolation("security.profile.error.systemLocked");
    }
    this.name = stripped;
    this.nameKey = nameKey(stripped);
  }

  public void describe(String newDescription) {
    String stripped = newDescription == null ? null : newDescription.strip();
    if (stripped != null && stripped.length() > DESCRIPTION_LENGTH) {
      throw new RuleViolation("security.profile.error.descriptionTooLong", DESCRIPTION_LENGTH);
    }
    this.description = stripped == null || stripped.isEmpty() ? null : stripped;
  }

  /** S-29: administrative operations. Fixed on the default profiles. */
  public void setAdministrative(boolean administrative) {
    if (isSystem() && administrative != this.administrative) {
      throw new RuleViolation("security.profile.error.systemLocked");
    }
    this.administrative = administrative;
  }

  /** Whether Manage Social may be changed on this profile (S-28). */
  public boolean isManageSocialEditable() {
    return !isSystem() && lineage == SystemProfile.ADMINISTRATOR;
  }

  /**
   * S-28: refused on the default profiles and on profiles not cloned from Administrator. S-25,
   * S-26: the two parts keep their values.
   */
  public void setManageSocial(boolean manageSocial) {
    if (manageSocial == this.manageSocial) {
      return;
    }
    if (!isManageSocialEditable()) {
      throw new RuleViolation("security.profile.error.manageSocialLocked");
    }
    this.manageSocial = manageSocial;
  }

  /** S-24 part one: may associate leads/contacts with Facebook/Twitter people (S-26). */
  public void setSocialDetailPage(boolean socialDetailPage) {
    this.socialDetailPage = socialDetailPage;
  }

  /** S-24 part two: may open the Social tab (S-25); off is the complete disable of S-27. */
  public void setSocialTab(boolean socialTab) {
    this.socialTab = socialTab;
  }

  public boolean isSystem() {
    return systemKind != null;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public SystemProfile getSystemKind() {
    return systemKind;
  }

  public SystemProfile getLineage() {
    return lineage;
  }

  public Profile getClonedFrom() {
    return clonedFrom;
  }

  public boolean isAdministrative() {
    return administrative;
  }

  public boolean isManageSocial() {
    return manageSocial;
  }

  public boolean isSocialDetailPage() {
    return socialDetailPage;
  }

  public boolean isSocialTab() {
    return socialTab;
  }

  public long getVersion() {
    return version;
  }

  /** A one-line summary of the permissions, for the audit log's before → after. */
  public Map<AuditField, Object> permissionSummary() {
    Map<AuditField, Object> summary = new LinkedHashMap<>();
    summary.put(AuditField.NAME, name);
    summary.put(AuditField.ADMINISTRATIVE, administrative);
    summary.put(AuditField.MANAGE_SOCIAL, manageSocial);
    summary.put(AuditField.SOCIAL_DETAIL_PAGE, socialDetailPage);
    summary.put(AuditField.SOCIAL_TAB, socialTab);
    return summary;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Profile other && id != null && Objects.equals(id, other.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
