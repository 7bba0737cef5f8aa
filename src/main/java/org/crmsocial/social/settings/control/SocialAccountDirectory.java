package org.crmsocial.social.settings.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.crmsocial.platform.control.AccessDenied;
import org.crmsocial.platform.control.Clock;
import org.crmsocial.security.control.AccessPolicy;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.settings.entity.AccountStatus;
import org.crmsocial.social.settings.entity.SocialAccount;

/**
 * What the rest of the product may know about the linked accounts, for the Social tab and the
 * Social Interactions list: which networks are linked (none left: the welcome screen and "social
 * integration is off", S-2, S-18) and, for Manage Social users, which links need attention.
 */
@Stateless
public class SocialAccountDirectory {

  @PersistenceContext EntityManager em;
  @Inject AccessPolicy policy;

  /** The networks with an account in use (active, or waiting for re-authorization). */
  public Set<Network> linkedNetworks() {
    if (!policy.canOpenSocialTab() && !policy.canManageSocial()) {
      throw new AccessDenied("security.access.socialTabRequired");
    }
    Set<Network> linked = EnumSet.noneOf(Network.class);
    for (SocialAccount a : live()) {
      if (a.getStatus() == AccountStatus.ACTIVE || a.getStatus() == AccountStatus.NEEDS_REAUTH) {
        linked.add(a.getNetwork());
      }
    }
    return linked;
  }

  /** Whether social integration is on: at least one account linked (S-18). */
  public boolean integrationOn() {
    return !linkedNetworks().isEmpty();
  }

  /**
   * For Manage Social users, the accounts that need re-authorization or whose token ends within
   * seven days; empty for everyone else.
   */
  public List<AccountSummary> needingAttention() {
    if (!policy.canManageSocial()) {
      return List.of();
    }
    OffsetDateTime now = Clock.now();
    return live().stream()
        .filter(
            a ->
                a.getStatus() == AccountStatus.NEEDS_REAUTH
                    || a.tokenExpiresWithin(AccountSummary.EXPIRY_WARNING, now))
        .map(a -> AccountSummary.of(a, now))
        .toList();
  }

  private List<SocialAccount> live() {
    return em.createNamedQuery(SocialAccount.FIND_LIVE, SocialAccount.class)
        .setParameter("removed", AccountStatus.REMOVED)
        .getResultList();
  }
}
