package org.crmsocial.security.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crmsocial.platform.control.AuditAction;
import org.crmsocial.platform.control.AuditDetail;
import org.crmsocial.platform.control.AuditField;
import org.crmsocial.platform.control.AuditLog;
import org.crmsocial.platform.control.NotFound;
import org.crmsocial.platform.control.RuleViolation;
import org.crmsocial.platform.control.Versions;
import org.crmsocial.security.entity.Profile;
import org.crmsocial.security.entity.User;

/**
 * Security Control &gt; Profiles: list, clone, edit and delete profiles, including the Social
 * permissions of S-24. Only the super administrator or an administrative user may call it (S-23,
 * S-29); the profile itself refuses Manage Social changes on the default profiles (S-28). Every
 * change is audited with its before and after.
 */
@Stateless
public class ProfileService {

  @PersistenceContext EntityManager em;
  @Inject AccessPolicy policy;
  @Inject AuditLog audit;

  public List<ProfileSummary> list() {
    policy.requireProfileEditor();
    Map<Long, Long> counts = new HashMap<>();
    em.createQuery(
            "SELECT u.profile.id, COUNT(u) FROM User u GROUP BY u.profile.id", Object[].class)
        .getResultList()
        .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
    return em.createNamedQuery(Profile.FIND_ALL, Profile.class).getResultList().stream()
        .map(p -> new ProfileSummary(p, counts.getOrDefault(p.getId(), 0L)))
        .toList();
  }

  /** Every profile, for choosing one (user edit screen); administrators only. */
  public List<Profile> all() {
    policy.requireAdministrator();
    return em.createNamedQuery(Profile.FIND_ALL, Profile.class).getResultList();
  }

  public Profile find(long id) {
    policy.requireProfileEditor();
    return load(id);
  }

  /** A new profile that starts as a copy of {@code sourceId}, Social permissions included. */
  public Profile cloneProfile(long sourceId, String name) {
    policy.requireProfileEditor();
    Profile source = load(sourceId);
    Profile clone = source.cloneAs(name);
    requireUniqueName(clone.getName(), -1L);
    em.persist(clone);
    audit.record(
        AuditAction.PROFILE_CLONE,
        clone.getName(),
        AuditDetail.of(AuditField.CLONED_FROM, source.getName()).set(clone.permissionSummary()));
    return clone;
  }

  /**
   * Saves the edit screen. Manage Social follows S-28 (refused on the default profiles); switching
   * it off leaves the two parts as submitted, which the screen keeps as they were (S-25, S-26).
   */
  public Profile update(long id, long expectedVersion, ProfileChanges changes) {
    policy.requireProfileEditor();
    Profile profile = load(id);
    Versions.requireCurrent(profile.getVersion(), expectedVersion);
    Map<AuditField, Object> before = profile.permissionSummary();
    profile.rename(changes.name());
    requireUniqueName(profile.getName(), profile.getId());
    profile.describe(changes.description());
    profile.setAdministrative(changes.administrative());
    profile.setManageSocial(changes.manageSocial());
    profile.setSocialDetailPage(changes.socialDetailPage());
    profile.setSocialTab(changes.socialTab());
    AuditDetail changed = AuditDetail.of().changed(before, profile.permissionSummary());
    if (!changed.isEmpty()) {
      audit.record(AuditAction.PROFILE_UPDATE, profile.getName(), changed);
    }
    return profile;
  }

  /** Deletes a cloned profile that no user holds. */
  public void delete(long id, long expectedVersion) {
    policy.requireProfileEditor();
    Profile profile = load(id);
    Versions.requireCurrent(profile.getVersion(), expectedVersion);
    if (profile.isSystem()) {
      throw new RuleViolation("security.profile.error.systemNotDeletable");
    }
    long holders =
        em.createNamedQuery(User.COUNT_BY_PROFILE, Long.class)
            .setParameter("profile", profile)
            .getSingleResult();
    if (holders > 0) {
      throw new RuleViolation("security.profile.error.inUse", holders);
    }
    em.createQuery("UPDATE Profile p SET p.clonedFrom = NULL WHERE p.clonedFrom = :profile")
        .setParameter("profile", profile)
        .executeUpdate();
    em.remove(profile);
    audit.record(
        AuditAction.PROFILE_DELETE,
        profile.getName(),
        AuditDetail.of().set(profile.permissionSummary()));
  }

  private Profile load(long id) {
    Profile profile = em.find(Profile.class, id);
    if (profile == null) {
      throw new NotFound("profile", id);
    }
    return profile;
  }

  private void requireUniqueName(String name, long exceptId) {
    long same =
        em.createNamedQuery(Profile.COUNT_BY_NAME, Long.class)
            .setParameter("nameKey", Profile.nameKey(name))
            .setParameter("id", exceptId)
            .getSingleResult();
    if (same > 0) {
      throw new RuleViolation("security.profile.error.nameTaken", name);
    }
  }
}
