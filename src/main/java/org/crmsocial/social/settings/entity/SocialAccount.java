package org.crmsocial.social.settings.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.crmsocial.platform.control.RuleViolation;
import org.crmsocial.security.entity.User;
import org.crmsocial.social.provider.model.Network;

/**
 * An organization's account on a social network, linked through OAuth (S-9, S-13, S-15). One row
 * per external account ever linked: removing it (S-17) erases its tokens and marks it {@link
 * AccountStatus#REMOVED} but keeps the row and whatever is stored against it, so linking the same
 * external account again resumes it (S-19).
 *
 * <p>Invariants kept here, whoever calls: a removed account is never activated or used; Facebook
 * and Google+ accounts become active only with a page (S-10, S-11, S-16), Twitter accounts at once;
 * at most one account per network is not removed ({@code live_network} carries the network while
 * the account is live and a unique constraint holds it in the database). Tokens arrive and leave
 * encrypted: the entity never sees a token in clear, and {@link #toString()} shows none.
 */
@Entity
@Table(name = "social_account")
@NamedQuery(
    name = SocialAccount.FIND_LIVE,
    query =
        "SELECT a FROM SocialAccount a LEFT JOIN FETCH a.linkedBy WHERE a.status <> :removed ORDER BY a.network")
@NamedQuery(
    name = SocialAccount.FIND_LIVE_BY_NETWORK,
    query = "SELECT a FROM SocialAccount a WHERE a.liveNetwork = :network")
@NamedQuery(
    name = SocialAccount.FIND_BY_EXTERNAL_ID,
    query =
        "SELECT a FROM SocialAccount a WHERE a.network = :network AND a.externalUserId = :externalUserId")
@NamedQuery(
    name = SocialAccount.FIND_PENDING_SINCE,
    query = "SELECT a FROM SocialAccount a WHERE a.status = :pending AND a.pendingSince < :before")
@NamedQuery(
    name = SocialAccount.FIND_REMOVED,
    query = "SELECT a FROM SocialAccount a WHERE a.status = :removed ORDER BY a.removedAt DESC")
public class SocialAccount {

  public static final String FIND_LIVE = "SocialAccount.findLive";
  public static final String FIND_LIVE_BY_NETWORK = "SocialAccount.findLiveByNetwork";
  public static final String FIND_BY_EXTERNAL_ID = "SocialAccount.findByExternalId";
  public static final String FIND_PENDING_SINCE = "SocialAccount.findPendingSince";
  public static final String FIND_REMOVED = "SocialAccount.findRemoved";

  /** How long an account may wait for its page before the timer removes it. */
  public static final Duration PENDING_PAGE_LIMIT = Duration.ofMinutes(15);

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "social_account_seq")
  @SequenceGenerator(
      name = "social_account_seq",
      sequenceName = "social_account_seq",
      allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Network network;

  /**
   * The network while the account is not removed, else null: unique, one live account a network.
   */
  @Enumerated(EnumType.STRING)
  @Column(name = "live_network", length = 20, unique = true)
  private Network liveNetwork;

  @Column(name = "external_user_id", nullable = false, length = 100)
  private String externalUserId;

  @Column(name = "external_name", length = 200)
  private String externalName;

  @Column(length = 100)
  private String handle;

  /** The permissions granted at consent, space separated, sorted. */
  @Column(name = "granted_scopes", length = 2000)
  private String grantedScopes;

  /** Encrypted; null once removed. */
  @Column(name = "access_token", length = 4000)
  private String accessToken;

  /** Encrypted; null where the network has none (Facebook) and once removed. */
  @Column(name = "refresh_token", length = 4000)
  private String refreshToken;

  @Column(name = "token_expires_at")
  private OffsetDateTime tokenExpiresAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AccountStatus status;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "linked_by_id")
  private User linkedBy;

  /** Who linked it, kept even if that user is deleted. */
  @Column(name = "linked_by_name", nullable = false, length = 254)
  private String linkedByName;

  @Column(name = "linked_at", nullable = false)
  private OffsetDateTime linkedAt;

  @Column(name = "pending_since")
  private OffsetDateTime pendingSince;

  @Column(name = "removed_at")
  private OffsetDateTime removedAt;

  @OneToOne(mappedBy = "account", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
  private SocialPage page;

  @Version private long version;

  protected SocialAccount() {}

  /** A first link of an external account; {@link #authorize} gives it its tokens and status. */
  public SocialAccount(Network network, String externalUserId) {
    this.network = Objects.requireNonNull(network);
    this.externalUserId = Objects.requireNonNull(externalUserId, "externalUserId");
    this.status = AccountStatus.REMOVED;
  }

  /** Whether accounts of {@code network} act for a page chosen after linking (S-9, S-15). */
  public static boolean needsPage(Network network) {
    return network != Network.TWITTER;
  }

  /**
   * Stores what a consent returned. A new or removed account becomes a fresh link (linked by {@code
   * by}, now): Twitter is active at once, Facebook and Google+ wait for their page. An account that
   * is live already (re-authorize) keeps its page, its history and who linked it, and is active
   * again.
   *
   * @param accessToken the encrypted access token
   * @param refreshToken the encrypted refresh token, or null
   */
  public void authorize(
      String name,
      String handle,
      Collection<String> scopes,
      String accessToken,
      String refreshToken,
      OffsetDateTime expiresAt,
      User by,
      OffsetDateTime now) {
    boolean freshLink = status == AccountStatus.REMOVED;
    this.externalName = name;
    this.handle = handle;
    this.grantedScopes =
        scopes == null ? "" : new TreeSet<>(scopes).stream().collect(Collectors.joining(" "));
    this.accessToken = Objects.requireNonNull(accessToken, "accessToken");
    this.refreshToken = refreshToken;
    this.tokenExpiresAt = expiresAt;
    if (freshLink) {
      this.linkedBy = by;
      this.linkedByName = by == null ? "system" : by.getEmail();
      this.linkedAt = now;
      this.removedAt = null;
    }
    if (!needsPage(network)
        || (!freshLink && status != AccountStatus.PENDING_PAGE && page != null)) {
      setStatus(AccountStatus.ACTIVE);
      this.pendingSince = null;
    } else {
      setStatus(AccountStatus.PENDING_PAGE);
      this.pendingSince = now;
    }
  }

  /**
   * Adds the chosen page and makes the account active (S-9 step 6, S-15). Refused for a removed
   * account, for Twitter (no pages) and for an account that is not waiting for its page.
   *
   * @param pageToken the encrypted page token, or null
   */
  public void activate(
      String externalPageId, String pageName, String pageToken, OffsetDateTime now) {
    if (status == AccountStatus.REMOVED) {
      throw new RuleViolation("social.settings.error.accountRemoved");
    }
    if (!needsPage(network)) {
      throw new RuleViolation("social.settings.error.noPagesOnNetwork", network.displayName());
    }
    if (status != AccountStatus.PENDING_PAGE) {
      throw new RuleViolation("social.settings.error.notWaitingForPage");
    }
    if (page == null) {
      page = new SocialPage(this, externalPageId, pageName, pageToken, now);
    } else {
      page.choose(externalPageId, pageName, pageToken, now);
    }
    setStatus(AccountStatus.ACTIVE);
    pendingSince = null;
  }

  /**
   * After a re-authorization, the page's token taken from the new grant (the old one carries the
   * old consent's permissions); the page, its name and when it was added stay.
   *
   * @param pageToken the encrypted page token
   */
  public void renewPageToken(String pageToken) {
    if (page != null && status == AccountStatus.ACTIVE) {
      page.choose(page.getExternalPageId(), page.getName(), pageToken, page.getAddedAt());
    }
  }

  /**
   * Stores the tokens of a refresh (the encrypted access and refresh tokens and the new end), while
   * the account is active; status and history stay as they are.
   */
  public void refreshed(String accessToken, String refreshToken, OffsetDateTime expiresAt) {
    if (status != AccountStatus.ACTIVE) {
      throw new RuleViolation("social.settings.error.accountRemoved");
    }
    this.accessToken = Objects.requireNonNull(accessToken, "accessToken");
    this.refreshToken = refreshToken;
    this.tokenExpiresAt = expiresAt;
  }

  /** The network no longer accepts the token: an administrator must re-authorize. */
  public void needsReauthorization() {
    if (status == AccountStatus.ACTIVE) {
      setStatus(AccountStatus.NEEDS_REAUTH);
    }
  }

  /**
   * Unlinks the account (S-17, S-21; also S-10, S-11, S-16 and the pending timer): erases every
   * token, stops its use and hides its data, which stays stored for a re-link (S-19).
   */
  public void remove(OffsetDateTime now) {
    if (status == AccountStatus.REMOVED) {
      throw new RuleViolation("social.settings.error.accountRemoved");
    }
    accessToken = null;
    refreshToken = null;
    tokenExpiresAt = null;
    if (page != null) {
      page.eraseToken();
    }
    pendingSince = null;
    removedAt = now;
    setStatus(AccountStatus.REMOVED);
  }

  /** Whether the account has waited for its page longer than {@link #PENDING_PAGE_LIMIT}. */
  public boolean pendingExpired(OffsetDateTime now) {
    return status == AccountStatus.PENDING_PAGE
        && pendingSince != null
        && !pendingSince.plus(PENDING_PAGE_LIMIT).isAfter(now);
  }

  /**
   * Whether consent withheld a permission that an action of the network needs (the administrator
   * left it unticked): re-authorizing, and allowing it, grants it (S-8, S-12, S-14).
   */
  public boolean lacksActionScopes() {
    return status != AccountStatus.REMOVED
        && SocialAction.of(network).stream().anyMatch(a -> !hasScope(a.requiredScope(network)));
  }

  /** Whether the token ends within {@code warning} of {@code now} (and has not ended long ago). */
  public boolean tokenExpiresWithin(Duration warning, OffsetDateTime now) {
    return status != AccountStatus.REMOVED
        && tokenExpiresAt != null
        && refreshToken == null
        && tokenExpiresAt.isBefore(now.plus(warning));
  }

  private void setStatus(AccountStatus status) {
    this.status = status;
    this.liveNetwork = status == AccountStatus.REMOVED ? null : network;
  }

  public Long getId() {
    return id;
  }

  public Network getNetwork() {
    return network;
  }

  public String getExternalUserId() {
    return externalUserId;
  }

  public String getExternalName() {
    return externalName;
  }

  public String getHandle() {
    return handle;
  }

  /** The permissions granted at consent. */
  public Set<String> getGrantedScopes() {
    if (grantedScopes == null || grantedScopes.isBlank()) {
      return Set.of();
    }
    return new TreeSet<>(Arrays.asList(grantedScopes.split(" ")));
  }

  public boolean hasScope(String scope) {
    return getGrantedScopes().contains(scope);
  }

  /** The encrypted access token, or null once removed. */
  public String getAccessToken() {
    return accessToken;
  }

  /** The encrypted refresh token, or null. */
  public String getRefreshToken() {
    return refreshToken;
  }

  public OffsetDateTime getTokenExpiresAt() {
    return tokenExpiresAt;
  }

  public AccountStatus getStatus() {
    return status;
  }

  public boolean isRemoved() {
    return status == AccountStatus.REMOVED;
  }

  public User getLinkedBy() {
    return linkedBy;
  }

  public String getLinkedByName() {
    return linkedByName;
  }

  public OffsetDateTime getLinkedAt() {
    return linkedAt;
  }

  public OffsetDateTime getPendingSince() {
    return pendingSince;
  }

  public OffsetDateTime getRemovedAt() {
    return removedAt;
  }

  public SocialPage getPage() {
    return page;
  }

  public long getVersion() {
    return version;
  }

  /** A short description for the audit log: network, name and external id, never a token. */
  public String describe() {
    return network.displayName()
        + " "
        + (externalName == null ? "" : externalName + " ")
        + "("
        + externalUserId
        + ")";
  }

  @Override
  public String toString() {
    return "SocialAccount[id=%s, network=%s, externalUserId=%s, status=%s, accessToken=%s, refreshToken=%s]"
        .formatted(
            id,
            network,
            externalUserId,
            status,
            accessToken == null ? null : "***",
            refreshToken == null ? null : "***");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SocialAccount other && id != null && Objects.equals(id, other.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
