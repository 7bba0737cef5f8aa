package org.crmsocial.security.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crmsocial.platform.control.AuditAction;
import org.crmsocial.platform.control.AuditDetail;
import org.crmsocial.platform.control.AuditField;
import org.crmsocial.platform.control.AuditLog;
import org.crmsocial.platform.control.Clock;
import org.crmsocial.platform.control.NotFound;
import org.crmsocial.platform.control.RuleViolation;
import org.crmsocial.platform.control.Translated;
import org.crmsocial.platform.control.Versions;
import org.crmsocial.security.entity.Profile;
import org.crmsocial.security.entity.User;

/**
 * Setup &gt; Users: list, create, edit, deactivate and unlock users and assign their profile.
 * Administrators only (S-29). Emails are unique without regard to case; the super administrator can
 * be neither deactivated nor demoted; nobody deactivates themselves. Every change is audited.
 */
@Stateless
public class UserService {

  /** Sortable columns of the user list: screen field → JPQL path. */
  private static final Map<String, String> SORTS =
      Map.of(
          "name",
          "u.name",
          "email",
          "u.email",
          "profile",
          "u.profile.name",
          "createdAt",
          "u.createdAt");

  @PersistenceContext EntityManager em;
  @Inject AccessPolicy policy;
  @Inject CurrentUser currentUser;
  @Inject PasswordHasher hasher;
  @Inject AuditLog audit;

  public long count() {
    policy.requireAdministrator();
    return em.createQuery("SELECT COUNT(u) FROM User u", Long.class).getSingleResult();
  }

  /** One page of users with their profiles, sorted by a column of {@link #SORTS} (else by name). */
  public List<User> page(int first, int size, String sortField, boolean ascending) {
    policy.requireAdministrator();
    String order =
        (sortField == null ? "u.name" : SORTS.getOrDefault(sortField, "u.name"))
            + (ascending ? " ASC" : " DESC");
    return em.createQuery(
            "SELECT u FROM User u JOIN FETCH u.profile ORDER BY " + order + ", u.id", User.class)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  public User find(long id) {
    policy.requireAdministrator();
    return load(id);
  }

  public User create(UserForm form) {
    policy.requireAdministrator();
    User user =
        new User(form.email(), form.name(), form.locale(), profile(form.profileId()), Clock.now());
    requireUniqueEmail(user.getEmail(), -1L);
    user.setPasswordHash(hasher.hashNew(form.password()));
    em.persist(user);
    audit.record(AuditAction.USER_CREATE, user.getEmail(), AuditDetail.of().set(summary(user)));
    return user;
  }

  public User update(long id, long expectedVersion, UserForm form) {
    policy.requireAdministrator();
    User user = load(id);
    Versions.requireCurrent(user.getVersion(), expectedVersion);
    Map<AuditField, Object> before = summary(user);
    // Checked before the change: the check's query would flush the changed email first, and the
    // database's unique key would answer with a 500 instead of this message.
    requireUniqueEmail(User.normalizeEmail(form.email()), user.getId());
    user.changeEmail(form.email());
    user.rename(form.name());
    user.changeLocale(form.locale());
    Profile profile = profile(form.profileId());
    if (user.isSuperAdmin() && !profile.isAdministrative()) {
      throw new RuleViolation("security.user.error.superAdminProfile");
    }
    user.assignProfile(profile);
    boolean passwordChanged = form.password() != null && !form.password().isEmpty();
    if (passwordChanged) {
      user.setPasswordHash(hasher.hashNew(form.password()));
    }
    AuditDetail changed = AuditDetail.of().changed(before, summary(user));
    if (passwordChanged) {
      changed.set(AuditField.PASSWORD_RESET, true);
    }
    if (!changed.isEmpty()) {
      audit.record(AuditAction.USER_UPDATE, user.getEmail(), changed);
    }
    return user;
  }

  public User deactivate(long id) {
    policy.requireAdministrator();
    User user = load(id);
    if (user.equals(currentUser.get())) {
      throw new RuleViolation("security.user.error.deactivateSelf");
    }
    user.deactivate();
    audit.record(AuditAction.USER_DEACTIVATE, user.getEmail());
    return user;
  }

  public User activate(long id) {
    policy.requireAdministrator();
    User user = load(id);
    user.activate();
    audit.record(AuditAction.USER_ACTIVATE, user.getEmail());
    return user;
  }

  public User unlock(long id) {
    policy.requireAdministrator();
    User user = load(id);
    user.unlock();
    audit.record(AuditAction.USER_UNLOCK, user.getEmail());
    return user;
  }

  private User load(long id) {
    List<User> found =
        em.createQuery("SELECT u FROM User u JOIN FETCH u.profile WHERE u.id = :id", User.class)
            .setParameter("id", id)
            .getResultList();
    if (found.isEmpty()) {
      throw new NotFound("user", id);
    }
    return found.get(0);
  }

  private Profile profile(Long profileId) {
    if (profileId == null) {
      throw new RuleViolation("security.user.error.profileRequired");
    }
    Profile profile = em.find(Profile.class, profileId);
    if (profile == null) {
      throw new NotFound("profile", profileId);
    }
    return profile;
  }

  private void requireUniqueEmail(String email, long exceptId) {
    long same =
        em.createNamedQuery(User.COUNT_BY_EMAIL, Long.class)
            .setParameter("email", email)
            .setParameter("id", exceptId)
            .getSingleResult();
    if (same > 0) {
      throw new RuleViolation("security.user.error.emailTaken", email);
    }
  }

  /** The user's audited fields, in the order the log shows them. */
  private static Map<AuditField, Object> summary(User user) {
    Map<AuditField, Object> summary = new LinkedHashMap<>();
    summary.put(AuditField.EMAIL, user.getEmail());
    summary.put(AuditField.NAME, user.getName());
    summary.put(AuditField.LANGUAGE, new Translated("audit.language." + user.getLocale()));
    summary.put(AuditField.PROFILE, user.getProfile().getName());
    summary.put(AuditField.ACTIVE, user.isActive());
    return summary;
  }
}
