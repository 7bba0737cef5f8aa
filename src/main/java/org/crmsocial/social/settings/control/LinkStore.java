package org.crmsocial.social.settings.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crmsocial.platform.control.AuditAction;
import org.crmsocial.platform.control.AuditDetail;
import org.crmsocial.platform.control.AuditField;
import org.crmsocial.platform.control.AuditLog;
import org.crmsocial.platform.control.AuditReason;
import org.crmsocial.platform.control.Clock;
import org.crmsocial.platform.control.NotFound;
import org.crmsocial.platform.control.RuleViolation;
import org.crmsocial.security.control.AccessPolicy;
import org.crmsocial.security.control.CurrentUser;
import org.crmsocial.security.entity.Profile;
import org.crmsocial.security.entity.SystemProfile;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.NetworkPage;
import org.crmsocial.social.provider.model.NetworkPerson;
import org.crmsocial.social.provider.model.TokenGrant;
import org.crmsocial.social.settings.control.LinkResult.Outcome;
import org.crmsocial.social.settings.entity.AccountStatus;
import org.crmsocial.social.settings.entity.ActionGrant;
import org.crmsocial.social.settings.entity.SocialAccount;
import org.crmsocial.social.settings.entity.SocialAction;
import org.crmsocial.social.settings.entity.SocialPage;

/**
 * The short database transactions of linking, each audited: {@link LinkingService} calls the
 * networks first, outside any transaction, then one of these. Every user-facing method checks
 * Manage Social again (S-5, S-7, S-22); {@link #removeExpiredPending} is system work for the timer.
 * Tokens go in encrypted and come out in clear only as {@link Credentials}, to this feature's own
 * provider calls; every other feature gets them sealed, through {@link AuthorizedCalls}. Every
 * status change fires {@link AccountStatusChanged} inside its transaction (the feed sync starts and
 * stops its timer on it). {@link #syncCredentials}, {@link #storeRefreshedGrant} and {@link
 * #markNeedsReauthorization} are system work for the sync timer.
 */
@Stateless
public class LinkStore {

  static final String ACCESS = "social_account.access_token";
  static final String REFRESH = "social_account.refresh_token";
  static final String PAGE = "social_page.page_token";

  @PersistenceContext EntityManager em;
  @Inject AccessPolicy policy;
  @Inject CurrentUser currentUser;
  @Inject AuditLog audit;
  @Inject TokenCipher cipher;
  @Inject Event<AccountStatusChanged> statusChanged;
  @Inject Event<AccountLinked> linked;
  @Inject AccountPermissions permissions;

  /** The account that is not removed on {@code network}, if any. */
  public Optional<SocialAccount> live(Network network) {
    return em.createNamedQuery(SocialAccount.FIND_LIVE_BY_NETWORK, SocialAccount.class)
        .setParameter("network", network)
        .getResultStream()
        .findFirst();
  }

  /**
   * Stores what a consent returned (DESIGN.md §3 Linking). One live account per network: a
   * different account still waiting for its page gives way; an active one refuses. A removed
   * account linked again resumes (S-19). Administrator gets every action of a new link (S-9, S-13,
   * S-15). A Facebook or Google+ account with no page is removed at once (S-10, S-16).
   *
   * @param hasPage whether the account has a page; ignored on Twitter
   * @param reauthorize the account being re-authorized, or null
   */
  public LinkResult link(
      Network network,
      TokenGrant grant,
      NetworkPerson identity,
      boolean hasPage,
      Long reauthorize) {
    policy.requireManageSocial();
    OffsetDateTime now = Clock.now();
    SocialAccount existing =
        em.createNamedQuery(SocialAccount.FIND_BY_EXTERNAL_ID, SocialAccount.class)
            .setParameter("network", network)
            .setParameter("externalUserId", identity.id())
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (reauthorize != null && (existing == null || !existing.getId().equals(reauthorize))) {
      throw new RuleViolation(
          "social.settings.error.reauthorizeOtherAccount", network.displayName());
    }
    SocialAccount live = live(network).orElse(null);
    if (live != null && !live.equals(existing)) {
      if (live.getStatus() != AccountStatus.PENDING_PAGE) {
        throw new RuleViolation(
            "social.settings.error.alreadyLinked", network.displayName(), live.getExternalName());
      }
      live.remove(now);
      audit.record(
          AuditAction.SOCIAL_ACCOUNT_REMOVE,
          live.describe(),
          AuditDetail.of(AuditField.REASON, AuditReason.REPLACED_WHILE_PENDING.text()));
      changed(live);
      em.flush();
    }
    Outcome outcome =
        existing == null
            ? Outcome.LINKED
            : existing.isRemoved() ? Outcome.RESUMED : Outcome.REAUTHORIZED;
    SocialAccount account = existing != null ? existing : new SocialAccount(network, identity.id());
    account.authorize(
        identity.displayName() != null ? identity.displayName() : identity.handle(),
        identity.handle(),
        grant.scopes(),
        cipher.encrypt(grant.accessToken(), ACCESS),
        cipher.encrypt(grant.refreshToken(), REFRESH),
        grant.expiresAt() == null ? null : grant.expiresAt().atOffset(ZoneOffset.UTC),
        currentUser.get(),
        now);
    if (existing == null) {
      em.persist(account);
    }
    em.flush();
    if (!permissions.anyGranted(account)) {
      grantDefaults(account);
    }
    audit.record(
        switch (outcome) {
          case LINKED -> AuditAction.SOCIAL_ACCOUNT_LINKED;
          case RESUMED -> AuditAction.SOCIAL_ACCOUNT_RESUMED;
          default -> AuditAction.SOCIAL_ACCOUNT_REAUTHORIZED;
        },
        account.describe(),
        AuditDetail.of()
            .set(AuditField.STATUS, account.getStatus().label())
            .set(AuditField.SCOPES, account.getGrantedScopes().stream().sorted().toList()));
    if (account.getStatus() == AccountStatus.PENDING_PAGE && !hasPage) {
      account.remove(now);
      audit.record(
          AuditAction.SOCIAL_ACCOUNT_REMOVE,
          account.describe(),
          AuditDetail.of(AuditField.REASON, AuditReason.NO_PAGE.text()));
      outcome = Outcome.NO_PAGE;
    }
    changed(account);
    return new LinkResult(
        account.getId(), network, account.getStatus(), account.getExternalName(), outcome, null);
  }

  /** The tokens of a live account, for a linking call of this feature (Add Page). */
  public Credentials credentials(long accountId) {
    policy.requireManageSocial();
    SocialAccount account = load(accountId);
    if (account.isRemoved()) {
      throw new RuleViolation("social.settings.error.accountRemoved");
    }
    return credentialsOf(account);
  }

  /** Adds the chosen page and activates the account (S-9 step 6, S-15). */
  public void activate(long accountId, NetworkPage page) {
    policy.requireManageSocial();
    SocialAccount account = load(accountId);
    account.activate(page.id(), page.name(), cipher.encrypt(page.accessToken(), PAGE), Clock.now());
    audit.record(
        AuditAction.SOCIAL_PAGE_ADD,
        account.describe(),
        AuditDetail.of(AuditField.PAGE, page.name() + " (" + page.id() + ")"));
    changed(account);
  }

  /** A re-authorized account's page token, from the new grant ({@code page} is its page). */
  public void renewPageToken(long accountId, NetworkPage page) {
    policy.requireManageSocial();
    SocialAccount account = load(accountId);
    if (account.getPage() != null && page.id().equals(account.getPage().getExternalPageId())) {
      account.renewPageToken(cipher.encrypt(page.accessToken(), PAGE));
    }
  }

  /**
   * Removes a live account (S-17, S-21; S-11 and S-16 with {@code onlyIfPending}); returns its
   * tokens so they can be revoked after the commit, or empty if nothing was removed.
   */
  public Optional<Credentials> remove(long accountId, boolean onlyIfPending, AuditReason why) {
    policy.requireManageSocial();
    SocialAccount account = load(accountId);
    if (onlyIfPending && account.getStatus() != AccountStatus.PENDING_PAGE) {
      return Optional.empty();
    }
    Credentials credentials = credentialsOf(account);
    account.remove(Clock.now());
    audit.record(
        AuditAction.SOCIAL_ACCOUNT_REMOVE,
        account.describe(),
        AuditDetail.of(AuditField.REASON, why.text()));
    changed(account);
    return Optional.of(credentials);
  }

  /**
   * System work for the timer: removes every account still waiting for its page {@link
   * SocialAccount#PENDING_PAGE_LIMIT} after linking (S-11, S-16: a closed browser leaves none).
   */
  public List<Credentials> removeExpiredPending(OffsetDateTime now) {
    List<Credentials> removed = new ArrayList<>();
    for (SocialAccount account :
        em.createNamedQuery(SocialAccount.FIND_PENDING_SINCE, SocialAccount.class)
            .setParameter("pending", AccountStatus.PENDING_PAGE)
            .setParameter(
                "before", now.minus(SocialAccount.PENDING_PAGE_LIMIT).plus(Duration.ofNanos(1000)))
            .getResultList()) {
      if (account.pendingExpired(now)) {
        removed.add(credentialsOf(account));
        account.remove(now);
        audit.record(
            AuditAction.SOCIAL_ACCOUNT_REMOVE,
            account.describe(),
            AuditDetail.of(AuditField.REASON, AuditReason.PENDING_EXPIRED.text()));
        changed(account);
      }
    }
    return removed;
  }

  /**
   * The tokens of an account (with its page token), or empty when the account is gone or not {@link
   * AccountStatus#ACTIVE} (a removed, waiting or expired account is never called with): for {@link
   * AuthorizedCalls} and {@link TokenRefresh} only, which seal them for other features.
   */
  public Optional<Credentials> syncCredentials(long accountId) {
    SocialAccount account = em.find(SocialAccount.class, accountId);
    if (account == null || account.getStatus() != AccountStatus.ACTIVE) {
      return Optional.empty();
    }
    return Optional.of(credentialsOf(account));
  }

  /**
   * System work for a call the caller has authorized (the sync, a Social tab action, {@link
   * TokenRefresh}): stores the whole grant a refresh returned (Twitter rotates the refresh token),
   * unless the account stopped being active meanwhile.
   */
  public void storeRefreshedGrant(long accountId, TokenGrant grant) {
    SocialAccount account = em.find(SocialAccount.class, accountId);
    if (account == null || account.getStatus() != AccountStatus.ACTIVE) {
      return;
    }
    account.refreshed(
        cipher.encrypt(grant.accessToken(), ACCESS),
        grant.refreshToken() == null
            ? account.getRefreshToken()
            : cipher.encrypt(grant.refreshToken(), REFRESH),
        grant.expiresAt() == null ? null : grant.expiresAt().atOffset(ZoneOffset.UTC));
    audit.record(AuditAction.SOCIAL_ACCOUNT_REFRESH, account.describe());
  }

  /**
   * System work for the sync timer: the network no longer accepts the account's token; it waits for
   * an administrator to re-authorize (the settings page and the Social tab say so).
   *
   * @param why what the network said, in words, never a token
   */
  public void markNeedsReauthorization(long accountId, String why) {
    SocialAccount account = em.find(SocialAccount.class, accountId);
    if (account == null || account.getStatus() != AccountStatus.ACTIVE) {
      return;
    }
    account.needsReauthorization();
    audit.record(
        AuditAction.SOCIAL_ACCOUNT_NEEDS_REAUTH,
        account.describe(),
        AuditDetail.of(AuditField.NETWORK_ERROR, why));
    changed(account);
  }

  /** Erases what is stored for a removed account: its page, grants and the account itself. */
  public void erase(long accountId) {
    policy.requireManageSocial();
    SocialAccount account = load(accountId);
    if (!account.isRemoved()) {
      throw new RuleViolation("social.settings.error.eraseLiveAccount");
    }
    String described = account.describe();
    em.createNamedQuery(ActionGrant.DELETE_BY_ACCOUNT)
        .setParameter("account", account)
        .executeUpdate();
    em.remove(account);
    audit.record(AuditAction.SOCIAL_ACCOUNT_ERASE, described);
  }

  /** The account of {@code accountId}, whatever its status; 404 when there is none. */
  public SocialAccount load(long accountId) {
    policy.requireManageSocial();
    SocialAccount account = em.find(SocialAccount.class, accountId);
    if (account == null) {
      throw new NotFound("social account", accountId);
    }
    return account;
  }

  /**
   * A new account's grants: every action to Administrator (S-9 step 7, S-13, S-15); then {@link
   * AccountLinked} lets the demo data grant its Social Manager View (never anything in production).
   */
  private void grantDefaults(SocialAccount account) {
    Profile administrator =
        em.createNamedQuery(Profile.FIND_BY_SYSTEM, Profile.class)
            .setParameter("kind", SystemProfile.ADMINISTRATOR)
            .getSingleResult();
    for (SocialAction action : SocialAction.of(account.getNetwork())) {
      em.persist(new ActionGrant(account, administrator, action));
    }
    linked.fire(new AccountLinked(account));
  }

  private Credentials credentialsOf(SocialAccount account) {
    SocialPage page = account.getPage();
    return new Credentials(
        account.getId(),
        account.getNetwork(),
        cipher.decrypt(account.getAccessToken(), ACCESS),
        cipher.decrypt(account.getRefreshToken(), REFRESH),
        page == null ? null : cipher.decrypt(page.getPageToken(), PAGE));
  }

  private void changed(SocialAccount account) {
    statusChanged.fire(
        new AccountStatusChanged(account.getId(), account.getNetwork(), account.getStatus()));
  }
}
