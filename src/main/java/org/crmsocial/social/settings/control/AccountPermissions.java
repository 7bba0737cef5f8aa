package org.crmsocial.social.settings.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crmsocial.platform.control.AccessDenied;
import org.crmsocial.platform.control.RuleViolation;
import org.crmsocial.security.control.AccessPolicy;
import org.crmsocial.security.control.CurrentUser;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.settings.entity.AccountStatus;
import org.crmsocial.social.settings.entity.ActionGrant;
import org.crmsocial.social.settings.entity.SocialAccount;
import org.crmsocial.social.settings.entity.SocialAction;

/**
 * The one answer to "may this user do this on this account" (DESIGN.md §3), applied on the server
 * before every read and write of the Social tab, the tweet history and the Actions matrix: the
 * profile-level parts (Social tab, edition: S-7, S-25, S-27) come from {@link AccessPolicy}; on top
 * of them an account that is linked (S-18: a removed account's data never shows), the action
 * granted to the user's profile in the Actions matrix (S-8, S-12, S-14) and, to use an action now,
 * an active account whose consent granted the action's scope.
 *
 * <p>It is the only reader of {@link ActionGrant} (ArchitectureTest checks it): the Actions matrix
 * service and {@link LinkStore}'s defaults write grants, nothing else queries them.
 */
@Stateless
public class AccountPermissions {

  @PersistenceContext EntityManager em;
  @Inject AccessPolicy policy;
  @Inject CurrentUser currentUser;

  /**
   * Every live account (active or waiting for re-authorization), by network, with what the current
   * user may do with it: the Social tab shows the streams of those they may view (S-6).
   */
  public List<AccountGrants> liveAccountGrants() {
    return liveAccounts().stream()
        .map(
            account -> {
              Set<SocialAction> granted = granted(account);
              return new AccountGrants(
                  account, granted, usable(account, granted), withheld(account, granted));
            })
        .toList();
  }

  /**
   * The accounts whose stored interactions a record's Social Interactions list shows (S-4): those
   * in use (active or waiting for re-authorization; a removed account's stay hidden, S-18, S-19),
   * none in an edition without Social (S-7). Seeing a record is enough: no Social permission.
   */
  public List<Long> accountsShownInHistories() {
    if (!policy.socialInEdition()) {
      return List.of();
    }
    return liveAccounts().stream().map(SocialAccount::getId).toList();
  }

  private List<SocialAccount> liveAccounts() {
    return em.createQuery(
            "SELECT a FROM SocialAccount a WHERE a.status IN :statuses ORDER BY a.network",
            SocialAccount.class)
        .setParameter("statuses", EnumSet.of(AccountStatus.ACTIVE, AccountStatus.NEEDS_REAUTH))
        .getResultList();
  }

  /** The actions the current user's profile holds on {@code account}. */
  private Set<SocialAction> granted(SocialAccount account) {
    long profile = currentUser.get().getProfile().getId();
    Set<SocialAction> actions = EnumSet.noneOf(SocialAction.class);
    actions.addAll(
        em.createQuery(
                "SELECT g.action FROM ActionGrant g WHERE g.account = :account AND g.profile.id = :profile",
                SocialAction.class)
            .setParameter("account", account)
            .setParameter("profile", profile)
            .getResultList());
    return actions;
  }

  /**
   * Of the granted actions, those usable now: the account active and the action's scope granted.
   */
  private static Set<SocialAction> usable(SocialAccount account, Set<SocialAction> granted) {
    Set<SocialAction> usable = EnumSet.noneOf(SocialAction.class);
    if (account.getStatus() != AccountStatus.ACTIVE) {
      return usable;
    }
    for (SocialAction action : granted) {
      if (action.offeredBy(account.getNetwork()) && scopeGranted(account, action)) {
        usable.add(action);
      }
    }
    return usable;
  }

  /**
   * Of the granted actions, those the account's consent withheld: the profile holds them in the
   * Actions matrix, but the token lacks the network permission they need, so they wait until an
   * administrator re-authorizes the account and allows it (S-8, S-12, S-14).
   */
  private static Set<SocialAction> withheld(SocialAccount account, Set<SocialAction> granted) {
    Set<SocialAction> withheld = EnumSet.noneOf(SocialAction.class);
    for (SocialAction action : granted) {
      if (action.offeredBy(account.getNetwork()) && !scopeGranted(account, action)) {
        withheld.add(action);
      }
    }
    return withheld;
  }

  /** The actions of {@code account} whose permission was not granted at consent. */
  public Set<SocialAction> withheldAtConsent(SocialAccount account) {
    Set<SocialAction> unavailable = EnumSet.noneOf(SocialAction.class);
    for (SocialAction action : SocialAction.of(account.getNetwork())) {
      if (!scopeGranted(account, action)) {
        unavailable.add(action);
      }
    }
    return unavailable;
  }

  /** Reading a stream of the account: VIEW on a live account. */
  public AccountRef requireView(long accountId) {
    policy.requireSocialTab();
    SocialAccount account = live(accountId);
    if (!granted(account).contains(SocialAction.VIEW)) {
      throw new AccessDenied(
          "social.stream.error.notGranted",
          SocialAction.VIEW.label(),
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
          "social.settings.error.actionNotOffered",
          action.label(),
          account.getNetwork().displayName());
    }
    if (!granted(account).contains(action)) {
      throw new AccessDenied(
          "social.stream.error.notGranted", action.label(), account.getNetwork().displayName());
    }
    if (account.getStatus() != AccountStatus.ACTIVE) {
      throw new RuleViolation(
          "social.stream.error.needsReauth", account.getNetwork().displayName());
    }
    if (!scopeGranted(account, action)) {
      // Granted in the matrix, withheld at consent: only a re-authorization can grant it.
      throw new RuleViolation(
          "social.stream.error.reauthorizeToGrant",
          action.label(),
          account.getNetwork().displayName(),
          action.requiredScope(account.getNetwork()));
    }
    return AccountRef.of(account);
  }

  /**
   * The active account of {@code network} on which the current user's profile holds {@code action},
   * if any (the tweet history: {@link SocialAction#LEAD_HISTORY} on the Twitter account). The
   * edition is the caller's to check.
   */
  public Optional<AccountRef> grantedActive(Network network, SocialAction action) {
    long profile = currentUser.get().getProfile().getId();
    return em.createQuery(
            "SELECT g.account FROM ActionGrant g WHERE g.profile.id = :profile AND g.action = :action"
                + " AND g.account.network = :network AND g.account.status = :active",
            SocialAccount.class)
        .setParameter("profile", profile)
        .setParameter("action", action)
        .setParameter("network", network)
        .setParameter("active", AccountStatus.ACTIVE)
        .getResultStream()
        .findFirst()
        .map(AccountRef::of);
  }

  /** Every grant of {@code account}, for the Actions matrix that shows and saves them. */
  public List<ActionGrant> grants(SocialAccount account) {
    policy.requireManageSocial();
    return em.createNamedQuery(ActionGrant.FIND_BY_ACCOUNT, ActionGrant.class)
        .setParameter("account", account)
        .getResultList();
  }

  /** The actions each profile holds in {@code grants}, by profile id. */
  public static Map<Long, Set<SocialAction>> byProfile(List<ActionGrant> grants) {
    Map<Long, Set<SocialAction>> granted = new HashMap<>();
    for (ActionGrant g : grants) {
      granted
          .computeIfAbsent(g.getProfile().getId(), k -> EnumSet.noneOf(SocialAction.class))
          .add(g.getAction());
    }
    return granted;
  }

  /** Whether any profile holds an action on {@code account} (a new link gets the defaults). */
  public boolean anyGranted(SocialAccount account) {
    return em.createNamedQuery(ActionGrant.COUNT_BY_ACCOUNT, Long.class)
            .setParameter("account", account)
            .getSingleResult()
        > 0;
  }

  private static boolean scopeGranted(SocialAccount account, SocialAction action) {
    return account.hasScope(action.requiredScope(account.getNetwork()));
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
}
