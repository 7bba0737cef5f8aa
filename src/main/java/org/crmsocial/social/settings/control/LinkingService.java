package org.crmsocial.social.settings.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger.Level;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crmsocial.platform.control.AuditAction;
import org.crmsocial.platform.control.AuditDetail;
import org.crmsocial.platform.control.AuditField;
import org.crmsocial.platform.control.AuditLog;
import org.crmsocial.platform.control.AuditReason;
import org.crmsocial.platform.control.Clock;
import org.crmsocial.platform.control.RuleViolation;
import org.crmsocial.platform.control.Translated;
import org.crmsocial.security.control.AccessPolicy;
import org.crmsocial.security.entity.Profile;
import org.crmsocial.security.entity.SystemProfile;
import org.crmsocial.social.provider.control.ProviderClients;
import org.crmsocial.social.provider.control.ProviderConfiguration;
import org.crmsocial.social.provider.control.SocialNetworkClient;
import org.crmsocial.social.provider.model.AuthorizationRequest;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.NetworkPage;
import org.crmsocial.social.provider.model.NetworkPerson;
import org.crmsocial.social.provider.model.TokenGrant;
import org.crmsocial.social.settings.entity.AccountStatus;
import org.crmsocial.social.settings.entity.ActionGrant;
import org.crmsocial.social.settings.entity.SocialAccount;
import org.crmsocial.social.settings.entity.SocialAction;

/**
 * Setup &gt; Social Integration: linking the organization's accounts through OAuth, the Add Page
 * step, the Actions matrix, Social tab access per profile, removal and re-authorization (S-9…S-21,
 * S-27). Only Manage Social users in an edition with Social may call it (S-5, S-7, S-22): every
 * method checks first.
 *
 * <p>Network calls (code exchange, identity, pages, revoke) run with no transaction ({@code
 * NOT_SUPPORTED}); what they return is written in one short transaction of {@link LinkStore}, so no
 * lock is held while a network answers (DESIGN.md §1). A removal commits first and revokes at the
 * network afterwards, best effort: the account is unlinked here even when the network is down.
 */
@Stateless
public class LinkingService {

  private static final System.Logger LOG = System.getLogger(LinkingService.class.getName());

  /** Manage Social users are warned this long before a token that cannot be refreshed ends. */
  public static final Duration EXPIRY_WARNING = Duration.ofDays(7);

  @PersistenceContext EntityManager em;
  @Inject AccessPolicy policy;
  @Inject AuditLog audit;
  @Inject ProviderClients clients;
  @Inject ProviderConfiguration configuration;
  @Inject PendingAuthorizations pending;
  @EJB LinkStore store;

  private final SecureRandom random = new SecureRandom();

  /**
   * Starts Add Account (or Re-authorize) for {@code network}: a fresh single-use {@code state}
   * bound to this session, PKCE where the network takes it; returns where to send the browser.
   *
   * @param requestBaseUrl scheme, host, port and context path of the current request (for the
   *     callback URL unless {@code crmsocial.public-url} is set)
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public AuthorizationRequest start(Network network, String requestBaseUrl) {
    policy.requireManageSocial();
    if (!configuration.configured(network)) {
      throw new RuleViolation(
          "social.settings.error.notConfigured", network.displayName(), network.configKey());
    }
    if (configuration.publicUrlMissing()) {
      throw new RuleViolation("social.settings.error.publicUrlMissing");
    }
    Optional<SocialAccount> live = store.live(network);
    Long reauthorize = null;
    if (live.isPresent()) {
      SocialAccount account = live.get();
      if (account.getStatus() == AccountStatus.NEEDS_REAUTH
          || account.tokenExpiresWithin(EXPIRY_WARNING, Clock.now())
          || account.lacksActionScopes()) {
        reauthorize = account.getId();
      } else if (account.getStatus() == AccountStatus.ACTIVE) {
        throw new RuleViolation(
            "social.settings.error.alreadyLinked",
            network.displayName(),
            account.getExternalName());
      }
    }
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String state = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    AuthorizationRequest request =
        clients.of(network).authorize(state, configuration.redirectUri(network, requestBaseUrl));
    pending.put(network, request, reauthorize);
    return request;
  }

  /**
   * Completes a consent from the callback: the {@code state} must be one this session started for
   * this network, unused; then the code is exchanged, the identity and (Facebook, Google+) the
   * pages read, and the result stored. A refusal or failure links nothing.
   *
   * @param error the network's {@code error} parameter (consent denied), or null
   * @throws RuleViolation {@code social.settings.error.badState} for a forged, replayed or expired
   *     state; {@code social.settings.error.denied} when consent was denied
   * @throws org.crmsocial.social.provider.model.ProviderException when the network fails
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public LinkResult complete(Network network, String state, String code, String error) {
    policy.requireManageSocial();
    PendingAuthorizations.Pending started = pending.take(network, state);
    if (started == null) {
      throw new RuleViolation("social.settings.error.badState", network.displayName());
    }
    if (error != null || code == null || code.isBlank()) {
      throw new RuleViolation("social.settings.error.denied", network.displayName());
    }
    SocialNetworkClient client = clients.of(network);
    TokenGrant grant = client.exchange(code, started.request());
    NetworkPerson identity = client.identity(grant.accessToken());
    List<NetworkPage> pages = client.hasPages() ? client.pages(grant.accessToken()) : List.of();
    boolean hasPage = !client.hasPages() || !pages.isEmpty();
    LinkResult result = store.link(network, grant, identity, hasPage, started.reauthorize());
    if (result.outcome() == LinkResult.Outcome.REAUTHORIZED) {
      // The page's token must carry the new consent too (a permission granted by re-authorizing).
      pages.forEach(p -> store.renewPageToken(result.accountId(), p));
    }
    if (result.outcome() == LinkResult.Outcome.NO_PAGE) {
      revoke(
          new Credentials(result.accountId(), network, grant.accessToken(), grant.refreshToken()));
    }
    return result;
  }

  /** The pages the account manages, for Add Page (S-9 step 6, S-15); no token leaves the server. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public List<PageChoice> pages(long accountId) {
    policy.requireManageSocial();
    Credentials credentials = store.credentials(accountId);
    return clients.of(credentials.network()).pages(credentials.accessToken()).stream()
        .map(p -> new PageChoice(p.id(), p.name(), p.category()))
        .toList();
  }

  /** Add beside a page: the page is read again from the network and the account activated. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void addPage(long accountId, String pageId) {
    policy.requireManageSocial();
    Credentials credentials = store.credentials(accountId);
    NetworkPage page =
        clients.of(credentials.network()).pages(credentials.accessToken()).stream()
            .filter(p -> p.id().equals(pageId))
            .findFirst()
            .orElseThrow(() -> new RuleViolation("social.settings.error.pageNotFound"));
    store.activate(accountId, page);
  }

  /**
   * Add Page closed without adding (S-11, S-16): the account, if still waiting for its page, is
   * removed. Returns whether it was.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public boolean cancelAddPage(long accountId) {
    policy.requireManageSocial();
    Optional<Credentials> removed = store.remove(accountId, true, AuditReason.ADD_PAGE_CLOSED);
    removed.ifPresent(this::revoke);
    return removed.isPresent();
  }

  /**
   * The delete icon, confirmed with "Yes, delete now" (S-17, S-21): unlinks the account, erases its
   * tokens and revokes them at the network (best effort). Its data stays stored but hidden (S-19);
   * leads and contacts are not touched (S-20).
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void remove(long accountId) {
    policy.requireManageSocial();
    store.remove(accountId, false, AuditReason.REMOVED_BY_ADMINISTRATOR).ifPresent(this::revoke);
  }

  /** Erases the stored data of a removed account: a separate, confirmed action. */
  public void eraseData(long accountId) {
    policy.requireManageSocial();
    store.erase(accountId);
  }

  /** The live account of each network and the removed ones, newest first, for the settings page. */
  public List<AccountSummary> accounts() {
    policy.requireManageSocial();
    OffsetDateTime now = Clock.now();
    List<SocialAccount> all =
        new ArrayList<>(
            em.createNamedQuery(SocialAccount.FIND_LIVE, SocialAccount.class)
                .setParameter("removed", AccountStatus.REMOVED)
                .getResultList());
    all.addAll(
        em.createNamedQuery(SocialAccount.FIND_REMOVED, SocialAccount.class)
            .setParameter("removed", AccountStatus.REMOVED)
            .getResultList());
    return all.stream().map(a -> summary(a, now)).toList();
  }

  /** The Actions matrix of an account: every profile × the network's actions (S-9, S-13, S-15). */
  public ActionMatrix matrix(long accountId) {
    policy.requireManageSocial();
    SocialAccount account = store.load(accountId);
    Map<Long, Set<SocialAction>> granted = new HashMap<>();
    for (ActionGrant g :
        em.createNamedQuery(ActionGrant.FIND_BY_ACCOUNT, ActionGrant.class)
            .setParameter("account", account)
            .getResultList()) {
      granted
          .computeIfAbsent(g.getProfile().getId(), k -> EnumSet.noneOf(SocialAction.class))
          .add(g.getAction());
    }
    List<SocialAction> actions = SocialAction.of(account.getNetwork());
    Set<SocialAction> unavailable = EnumSet.noneOf(SocialAction.class);
    for (SocialAction action : actions) {
      if (!account.hasScope(action.requiredScope(account.getNetwork()))) {
        unavailable.add(action);
      }
    }
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
    return new ActionMatrix(accountId, account.getNetwork(), actions, unavailable, rows);
  }

  /** Saves the whole matrix in one transaction, audited per profile as before → after. */
  public void saveGrants(long accountId, Map<Long, Set<SocialAction>> byProfile) {
    policy.requireManageSocial();
    SocialAccount account = store.load(accountId);
    if (account.isRemoved()) {
      throw new RuleViolation("social.settings.error.accountRemoved");
    }
    Map<Long, Set<SocialAction>> before = new HashMap<>();
    List<ActionGrant> existing =
        em.createNamedQuery(ActionGrant.FIND_BY_ACCOUNT, ActionGrant.class)
            .setParameter("account", account)
            .getResultList();
    for (ActionGrant g : existing) {
      before
          .computeIfAbsent(g.getProfile().getId(), k -> EnumSet.noneOf(SocialAction.class))
          .add(g.getAction());
    }
    for (Map.Entry<Long, Set<SocialAction>> entry : byProfile.entrySet()) {
      Profile profile = em.find(Profile.class, entry.getKey());
      if (profile == null) {
        throw new org.crmsocial.platform.control.NotFound("profile", entry.getKey());
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

  /** The Access tab: every profile with its Social tab access (S-27). */
  public List<ProfileAccess> tabAccess() {
    policy.requireManageSocial();
    return em.createNamedQuery(Profile.FIND_ALL, Profile.class).getResultList().stream()
        .map(p -> new ProfileAccess(p.getId(), p.getName(), p.isSocialTab()))
        .toList();
  }

  /**
   * Saves the Access tab in one transaction, audited: switching a profile off is the complete
   * disable of S-27 (the same flag as Security Control's Social tab part).
   */
  public void saveTabAccess(Map<Long, Boolean> socialTabByProfile) {
    policy.requireManageSocial();
    socialTabByProfile.forEach(
        (id, on) -> {
          Profile profile = em.find(Profile.class, id);
          if (profile == null) {
            throw new org.crmsocial.platform.control.NotFound("profile", id);
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

  private void revoke(Credentials credentials) {
    try {
      clients
          .of(credentials.network())
          .revoke(credentials.accessToken(), credentials.refreshToken());
    } catch (RuntimeException e) {
      // Best effort: the account is unlinked here; the network's own message holds no secret.
      LOG.log(
          Level.WARNING,
          "Could not revoke the tokens of social account {0} at {1}: {2}",
          credentials.accountId(),
          credentials.network().displayName(),
          e.getMessage());
    }
  }

  /** The actions' labels in the matrix's order, for the audit log. */
  private static List<Translated> labels(Set<SocialAction> actions) {
    return actions.stream().sorted().map(SocialAction::label).toList();
  }

  static AccountSummary summary(SocialAccount a, OffsetDateTime now) {
    return new AccountSummary(
        a.getId(),
        a.getNetwork(),
        a.getStatus(),
        a.getExternalName(),
        a.getHandle(),
        a.getPage() == null ? null : a.getPage().getName(),
        a.getPage() == null ? null : a.getPage().getExternalPageId(),
        List.copyOf(a.getGrantedScopes()),
        a.getLinkedByName(),
        a.getLinkedAt(),
        a.getTokenExpiresAt(),
        a.tokenExpiresWithin(EXPIRY_WARNING, now),
        a.getRemovedAt(),
        a.getStatus() == AccountStatus.ACTIVE && a.lacksActionScopes());
  }
}
