package org.crmsocial.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.crmsocial.platform.control.RuleViolation;

/**
 * A person who signs in to the CRM. Email is the sign-in name (stored lower-case, unique); the
 * profile decides what the user may do; exactly the install-time account is the super
 * administrator. Repeated wrong passwords lock the account for a while.
 */
@Entity
@Table(name = "app_user")
@NamedQuery(
    name = User.FIND_BY_EMAIL,
    query = "SELECT u FROM User u JOIN FETCH u.profile WHERE u.email = :email")
@NamedQuery(
    name = User.COUNT_BY_EMAIL,
    query = "SELECT COUNT(u) FROM User u WHERE u.email = :email AND u.id <> :id")
@NamedQuery(
    name = User.COUNT_BY_PROFILE,
    query = "SELECT COUNT(u) FROM User u WHERE u.profile = :profile")
@NamedQuery(
    name = User.FIND_SUPER_ADMIN,
    query = "SELECT u FROM User u JOIN FETCH u.profile WHERE u.superAdmin = TRUE")
public class User implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String FIND_BY_EMAIL = "User.findByEmail";
  public static final String COUNT_BY_EMAIL = "User.countByEmail";
  public static final String COUNT_BY_PROFILE = "User.countByProfile";
  public static final String FIND_SUPER_ADMIN = "User.findSuperAdmin";

  public static final int NAME_LENGTH = 100;
  public static final int EMAIL_LENGTH = 254;
  public static final Set<String> LOCALES = Set.of("en", "ja");

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
  @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = EMAIL_LENGTH)
  private String email;

  @Column(nullable = false, length = NAME_LENGTH)
  private String name;

  @Column(nullable = false, length = 5)
  private String locale;

  @Column(name = "password_hash", nullable = false, length = 400)
  private String passwordHash;

  @Column(name = "super_admin", nullable = false)
  private boolean superAdmin;

  @Column(nullable = false)
  private boolean active;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "profile_id", nullable = false)
  private Profile profile;

  @Column(name = "failed_logins", nullable = false)
  private int failedLogins;

  @Column(name = "locked_until")
  private OffsetDateTime lockedUntil;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Version private long version;

  protected User() {}

  public User(String email, String name, String locale, Profile profile, OffsetDateTime createdAt) {
    changeEmail(email);
    rename(name);
    changeLocale(locale);
    assignProfile(profile);
    this.active = true;
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  /** Folds an email for storage and look-up. */
  public static String normalizeEmail(String email) {
    return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
  }

  public void changeEmail(String newEmail) {
    String normalized = normalizeEmail(newEmail);
    if (normalized.isEmpty()) {
      throw new RuleViolation("security.user.error.emailRequired");
    }
    if (normalized.length() > EMAIL_LENGTH) {
      throw new RuleViolation("security.user.error.emailTooLong", EMAIL_LENGTH);
    }
    if (!EMAIL.matcher(normalized).matches()) {
      throw new RuleViolation("security.user.error.emailInvalid");
    }
    this.email = normalized;
  }

  public void rename(String newName) {
    String stripped = newName == null ? "" : newName.strip();
    if (stripped.isEmpty()) {
      throw new RuleViolation("security.user.error.nameRequired");
    }
    if (stripped.length() > NAME_LENGTH) {
      throw new RuleViolation("security.user.error.nameTooLong", NAME_LENGTH);
    }
    this.name = stripped;
  }

  public void changeLocale(String newLocale) {
    if (!LOCALES.contains(newLocale)) {
      throw new RuleViolation("security.user.error.localeInvalid");
    }
    this.locale = newLocale;
  }

  public void assignProfile(Profile newProfile) {
    this.profile = Objects.requireNonNull(newProfile);
  }

  /** Only the install step makes the super administrator; it cannot be deactivated. */
  public void makeSuperAdmin() {
    this.superAdmin = true;
  }

  public void setPasswordHash(String passwordHash) {
    this.passwordHash = Objects.requireNonNull(passwordHash);
  }

  public void deactivate() {
    if (superAdmin) {
      throw new RuleViolation("security.user.error.superAdminActive");
    }
    this.active = false;
  }

  public void activate() {
    this.active = true;
  }

  /** Whether sign-in is refused for now because of repeated wrong passwords. */
  public boolean isLocked(OffsetDateTime now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  /**
   * Counts a wrong password; the {@code limit}-th in a row locks the account for {@code lockFor}.
   *
   * @return whether the account is now locked
   */
  public boolean recordFailedLogin(OffsetDateTime now, int limit, Duration lockFor) {
    if (lockedUntil != null && !lockedUntil.isAfter(now)) {
      failedLogins = 0;
      lockedUntil = null;
    }
    failedLogins++;
    if (failedLogins >= limit) {
      lockedUntil = now.plus(lockFor);
      return true;
    }
    return false;
  }

  public void recordSuccessfulLogin() {
    failedLogins = 0;
    lockedUntil = null;
  }

  /** Administrators unlock an account at once. */
  public void unlock() {
    recordSuccessfulLogin();
  }

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public String getName() {
    return name;
  }

  public String getLocale() {
    return locale;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public boolean isSuperAdmin() {
    return superAdmin;
  }

  public boolean isActive() {
    return active;
  }

  public Profile getProfile() {
    return profile;
  }

  public int getFailedLogins() {
    return failedLogins;
  }

  public OffsetDateTime getLockedUntil() {
    return lockedUntil;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof User other && id != null && Objects.equals(id, other.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
