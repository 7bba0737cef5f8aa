package org.crmsocial.social.stream.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.crmsocial.platform.entity.AccessDenied;
import org.crmsocial.platform.entity.RuleViolation;
import org.crmsocial.security.control.AccessPolicy;
import org.crmsocial.security.control.CurrentUser;
import org.crmsocial.security.entity.Profile;
import org.crmsocial.social.settings.entity.AccountStatus;
import org.crmsocial.social.settings.entity.SocialAccount;
import org.crmsocial.social.settings.entity.SocialAction;

/**
 * The Social tab's rules for one account, applied on the server before every read and write
 * (DESIGN.md §3): the Social tab part and the edition (S-7, S-25, S-27), an account that is linked
 * (S-18: a removed account's data never shows), the action granted to the user's profile in the
 * Actions matrix (S-8, S-12, S-14) and, for writes, an active account whose consent granted the
 * action's scope.
 */
@Stateless
public class AccountAccess {

  @PersistenceContext EntityManager em;
  @Inject AccessPolicy policy;
  @Inject CurrentUser currentUser;

  /** The live accounts (active or waiting for re-authorization), by network. */
  public List<SocialAccount> liveAccounts() {
    return em.createQuery(
            "SELECT a FROM SocialAccount a WHERE a.status IN :statuses ORDER BY a.network",
            SocialAccount.class)
        .setParameter("statuses", EnumSet.of(AccountStatus.ACTIVE, AccountStatus.NEEDS_REAUTH))
        .getResultList();
  }

  /** The actions the current user's profile holds on {@code account}. */
  public Set<SocialAction> granted(SocialAccount account) {
    Profile profile = currentUser.get().getProfile();
    Set<SocialAction> actions = EnumSet.noneOf(SocialAction.class);
    actions.addAll(
        em.createQuery(
                "SELECT g.action FROM ActionGrant g WHERE g.account = :account AND g.profile.id = :profile",
                SocialAction.class)
            .setParameter("account", account)
            .setParameter("profile", profile.getId())
            .getResultList());
    return actions;
  }

  /**
   * Of the granted actions, those usable now: the account active and the action's scope granted.
   */
  public Set<SocialAction> usable(SocialAccount account, Set<SocialAction> granted) {
    Set<SocialAction> usable = EnumSet.noneOf(SocialAction.class);
    if (account.getStatus() != AccountStatus.ACTIVE) {
      return usable;
    }
    for (SocialAction action : granted) {
      if (action.offeredBy(account.getNetwork())
          && account.hasScope(action.requiredScope(account.getNetwork()))) {
        usable.add(action);
      }
    }
    return usable;
  }

  /** Reading a stream of the account: VIEW on a live account. */
  public AccountRef requireView(long accountId) {
    policy.requireSocialTab();
    SocialAccount account = live(accountId);
    if (!granted(account).contains(SocialAction.VIEW)) {
      throw new AccessDenied(
          "social.stream.error.notGranted",
          msgAction(SocialAction.VIEW),
          account.getNetwork().displayName());
    }
    return AccountRef.of(account);
  }

  /** Doing {@code action} with the account now (S-8, S-12, S-14, S-25, S-27). */
  public AccountRef requireAction(long accountId, SocialAction action) {
    policy.requireSocialTab();
    SocialAccount account = live(accountId);
    if (!action.offeredBy(account.getNetwork())) {
      throw new RuleViolation(
          "social.settings.error.actionNotOffered", action, account.getNetwork().displayName());
    }
    if (!granted(account).contains(action)) {
      throw new AccessDenied(
          "social.stream.error.notGranted", msgAction(action), account.getNetwork().displayName());
    }
    if (account.getStatus() != AccountStatus.ACTIVE) {
      throw new RuleViolation(
          "social.stream.error.needsReauth", account.getNetwork().displayName());
    }
    String scope = action.requiredScope(account.getNetwork());
    if (!account.hasScope(scope)) {
      throw new RuleViolation(
          "social.stream.error.scopeMissing", account.getNetwork().displayName(), scope);
    }
    return AccountRef.of(account);
  }

  private SocialAccount live(long accountId) {
    SocialAccount account = em.find(SocialAccount.class, accountId);
    if (account == null
        || (account.getStatus() != AccountStatus.ACTIVE
            && account.getStatus() != AccountStatus.NEEDS_REAUTH)) {
      throw new RuleViolation("social.stream.error.accountNotLinked");
    }
    return account;
  }

  /** The action's name as a message argument: its key, resolved by the page's bundle lookup. */
  private static String msgAction(SocialAction action) {
    return action.name();
  }
}
