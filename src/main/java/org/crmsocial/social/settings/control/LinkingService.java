package org.crmsocial.social.settings.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.crmsocial.platform.control.AuditReason;
import org.crmsocial.platform.control.Clock;
import org.crmsocial.platform.control.RuleViolation;
import org.crmsocial.security.control.AccessPolicy;
import org.crmsocial.social.provider.control.ProviderClients;
import org.crmsocial.social.provider.control.ProviderConfiguration;
import org.crmsocial.social.provider.control.SocialNetworkClient;
import org.crmsocial.social.provider.model.AuthorizationRequest;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.NetworkPage;
import org.crmsocial.social.provider.model.NetworkPerson;
import org.crmsocial.social.provider.model.TokenGrant;
import org.crmsocial.social.settings.entity.AccountStatus;
import org.crmsocial.social.settings.entity.SocialAccount;

/**
 * Setup &gt; Social Integration's linking: the organization's accounts linked and re-authorized
 * through OAuth, the Add Page step (S-9…S-16) and the list of what is linked. The Actions matrix is
 * {@link ActionMatrixService}, the Access tab {@link TabAccessService}, unlinking {@link
 * AccountRemoval}. Only Manage Social users in an edition with Social may call it (S-5, S-7, S-22):
 * every method checks first.
 *
 * <p>Network calls (code exchange, identity, pages, revoke) run with no transaction ({@code
 * NOT_SUPPORTED}); what they return is written in one short transaction of {@link LinkStore}, so no
 * lock is held while a network answers (DESIGN.md §1). An account unlinked here (no page, Add Page
 * closed) has its tokens revoked afterwards, best effort ({@link TokenRevocation}).
 */
@Stateless
public class LinkingService {

  @PersistenceContext EntityManager em;
  @Inject AccessPolicy policy;
  @Inject ProviderClients clients;
  @Inject ProviderConfiguration configuration;
  @Inject PendingAuthorizations pending;
  @Inject TokenRevocation revocation;
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
          || account.tokenExpiresWithin(AccountSummary.EXPIRY_WARNING, Clock.now())
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
      revocation.revoke(
          new Credentials(result.accountId(), network, grant.accessToken(), grant.refreshToken()));
    }
    return result.withPages(
        pages.stream().map(p -> new PageChoice(p.id(), p.name(), p.category())).toList());
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
    removed.ifPresent(revocation::revoke);
    return removed.isPresent();
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
    return all.stream().map(a -> AccountSummary.of(a, now)).toList();
  }
}
