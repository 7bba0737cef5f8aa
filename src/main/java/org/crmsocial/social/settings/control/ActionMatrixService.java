package org.crmsocial.social.settings.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crmsocial.platform.control.AuditAction;
import org.crmsocial.platform.control.AuditDetail;
import org.crmsocial.platform.control.AuditField;
import org.crmsocial.platform.control.AuditLog;
import org.crmsocial.platform.control.NotFound;
import org.crmsocial.platform.control.RuleViolation;
import org.crmsocial.platform.control.Translated;
import org.crmsocial.security.control.AccessPolicy;
import org.crmsocial.security.entity.Profile;
import org.crmsocial.security.entity.SystemProfile;
import org.crmsocial.social.settings.entity.ActionGrant;
import org.crmsocial.social.settings.entity.SocialAccount;
import org.crmsocial.social.settings.entity.SocialAction;

/**
 * The Actions tab of Setup &gt; Social Integration: which profile may do which action with an
 * account (S-9 step 7, S-13, S-15). Only Manage Social users in an edition with Social may call it
 * (S-5, S-7, S-22). With {@link LinkStore}'s defaults for a new link, the only writer of {@link
 * ActionGrant}; it reads the grants through {@link AccountPermissions}.
 */
@Stateless
public class ActionMatrixService {

  @PersistenceContext EntityManager em;
  @Inject AccessPolicy policy;
  @Inject AuditLog audit;
  @Inject AccountPermissions permissions;
  @EJB LinkStore store;

  /** The Actions matrix of an account: every profile × the network's actions (S-9, S-13, S-15). */
  public ActionMatrix matrix(long accountId) {
    policy.requireManageSocial();
    SocialAccount account = store.load(accountId);
    Map<Long, Set<SocialAction>> granted =
        AccountPermissions.byProfile(permissions.grants(account));
    List<SocialAction> actions = SocialAction.of(account.getNetwork());
    List<ActionMatrix.Row> rows =
        em.createNamedQuery(Profile.FIND_ALL, Profile.class).getResultList().stream()
            .map(
                p ->
                    new ActionMatrix.Row(
                        p.getId(),
                        p.getName(),
                        p.getSystemKind() == SystemProfile.ADMINISTRATOR,
                        actions,
                        granted.getOrDefault(p.getId(), Set.of())))
            .toList();
    return new ActionMatrix(
        accountId, account.getNetwork(), actions, permissions.withheldAtConsent(account), rows);
  }

  /** Saves the whole matrix in one transaction, audited per profile as before → after. */
  public void saveGrants(long accountId, Map<Long, Set<SocialAction>> byProfile) {
    policy.requireManageSocial();
    SocialAccount account = store.load(accountId);
    if (account.isRemoved()) {
      throw new RuleViolation("social.settings.error.accountRemoved");
    }
    List<ActionGrant> existing = permissions.grants(account);
    Map<Long, Set<SocialAction>> before = AccountPermissions.byProfile(existing);
    for (Map.Entry<Long, Set<SocialAction>> entry : byProfile.entrySet()) {
      Profile profile = em.find(Profile.class, entry.getKey());
      if (profile == null) {
        throw new NotFound("profile", entry.getKey());
      }
      Set<SocialAction> was = before.getOrDefault(profile.getId(), Set.of());
      Set<SocialAction> now =
          entry.getValue().isEmpty()
              ? EnumSet.noneOf(SocialAction.class)
              : EnumSet.copyOf(entry.getValue());
      if (was.equals(now)) {
        continue;
      }
      for (ActionGrant g : existing) {
        if (g.getProfile().equals(profile) && !now.contains(g.getAction())) {
          em.remove(g);
        }
      }
      for (SocialAction action : now) {
        if (!was.contains(action)) {
          em.persist(new ActionGrant(account, profile, action));
        }
      }
      audit.record(
          AuditAction.SOCIAL_GRANTS_UPDATE,
          account.describe() + " / " + profile.getName(),
          AuditDetail.of().changed(AuditField.ACTIONS, labels(was), labels(now)));
    }
  }

  /** The actions' labels in the matrix's order, for the audit log. */
  private static List<Translated> labels(Set<SocialAction> actions) {
    return actions.stream().sorted().map(SocialAction::label).toList();
  }
}
