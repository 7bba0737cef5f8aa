package org.crmsocial.social.settings.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.crmsocial.platform.control.AuditAction;
import org.crmsocial.platform.control.AuditDetail;
import org.crmsocial.platform.control.AuditField;
import org.crmsocial.platform.control.AuditLog;
import org.crmsocial.platform.control.NotFound;
import org.crmsocial.security.control.AccessPolicy;
import org.crmsocial.security.entity.Profile;

/**
 * The Access tab of Setup &gt; Social Integration: which profiles' users may open the Social tab at
 * all (S-27), the same flag as Security Control's Social tab part. Only Manage Social users in an
 * edition with Social may call it (S-5, S-7, S-22).
 */
@Stateless
public class TabAccessService {

  @PersistenceContext EntityManager em;
  @Inject AccessPolicy policy;
  @Inject AuditLog audit;

  /** The Access tab: every profile with its Social tab access (S-27). */
  public List<ProfileAccess> tabAccess() {
    policy.requireManageSocial();
    return em.createNamedQuery(Profile.FIND_ALL, Profile.class).getResultList().stream()
        .map(p -> new ProfileAccess(p.getId(), p.getName(), p.isSocialTab()))
        .toList();
  }

  /**
   * Saves the Access tab in one transaction, audited: switching a profile off is the complete
   * disable of S-27.
   */
  public void saveTabAccess(Map<Long, Boolean> socialTabByProfile) {
    policy.requireManageSocial();
    socialTabByProfile.forEach(
        (id, on) -> {
          Profile profile = em.find(Profile.class, id);
          if (profile == null) {
            throw new NotFound("profile", id);
          }
          if (profile.isSocialTab() != on) {
            boolean before = profile.isSocialTab();
            profile.setSocialTab(on);
            audit.record(
                AuditAction.SOCIAL_ACCESS_UPDATE,
                profile.getName(),
                AuditDetail.of().changed(AuditField.SOCIAL_TAB, before, on));
          }
        });
  }
}
