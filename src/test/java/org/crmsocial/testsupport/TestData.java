package org.crmsocial.testsupport;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.crmsocial.platform.control.Clock;
import org.crmsocial.platform.entity.AuditEntry;
import org.crmsocial.security.control.PasswordHasher;
import org.crmsocial.security.entity.Profile;
import org.crmsocial.security.entity.SystemProfile;
import org.crmsocial.security.entity.User;

/**
 * Arranges what an in-container test needs, straight in the database (no rules applied), with names
 * of its own so tests never depend on each other or on the demo data.
 */
@Stateless
public class TestData {

  public static final String PASSWORD = "test-password-1";

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;

  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  public Profile systemProfile(SystemProfile kind) {
    return em.createNamedQuery(Profile.FIND_BY_SYSTEM, Profile.class)
        .setParameter("kind", kind)
        .getSingleResult();
  }

  /**
   * A clone of {@code source}; {@code administrative} and {@code manageSocial} as given when
   * allowed.
   */
  public Profile cloneOf(SystemProfile source, boolean administrative) {
    Profile clone = systemProfile(source).cloneAs(unique("Profile"));
    clone.setAdministrative(administrative);
    em.persist(clone);
    return clone;
  }

  /** A new active user on {@code profileId}, with {@link #PASSWORD}; returns the email. */
  public String user(long profileId, String locale) {
    User user =
        new User(
            unique("user") + "@test.example",
            "Test User",
            locale,
            em.find(Profile.class, profileId),
            Clock.now());
    user.setPasswordHash(hasher.hashNew(PASSWORD));
    em.persist(user);
    return user.getEmail();
  }

  public String superAdminEmail() {
    return em.createNamedQuery(User.FIND_SUPER_ADMIN, User.class).getSingleResult().getEmail();
  }

  public Profile profile(long id) {
    return em.find(Profile.class, id);
  }

  public User userByEmail(String email) {
    return em.createNamedQuery(User.FIND_BY_EMAIL, User.class)
        .setParameter("email", email)
        .getSingleResult();
  }

  public long usersWithEmail(String email) {
    return em.createQuery("SELECT COUNT(u) FROM User u WHERE u.email = :e", Long.class)
        .setParameter("e", User.normalizeEmail(email))
        .getSingleResult();
  }

  public List<AuditEntry> auditFor(String target) {
    return em.createQuery(
            "SELECT a FROM AuditEntry a WHERE a.target = :t ORDER BY a.id", AuditEntry.class)
        .setParameter("t", target)
        .getResultList();
  }
}
