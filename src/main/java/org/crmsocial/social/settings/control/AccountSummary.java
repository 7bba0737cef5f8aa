package org.crmsocial.social.settings.control;

import java.io.Serializable;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.settings.entity.AccountStatus;
import org.crmsocial.social.settings.entity.SocialAccount;

/**
 * A linked (or removed) account as the settings page shows it: no token, fully loaded.
 *
 * @param expiryWarning the token ends within seven days and cannot be refreshed: re-authorize
 * @param scopesWithheld consent withheld a permission an action needs: re-authorize to grant it
 */
public record AccountSummary(
    long id,
    Network network,
    AccountStatus status,
    String name,
    String handle,
    String pageName,
    String pageId,
    List<String> scopes,
    String linkedBy,
    OffsetDateTime linkedAt,
    OffsetDateTime tokenExpiresAt,
    boolean expiryWarning,
    OffsetDateTime removedAt,
    boolean scopesWithheld)
    implements Serializable {

  /** Manage Social users are warned this long before a token that cannot be refreshed ends. */
  public static final Duration EXPIRY_WARNING = Duration.ofDays(7);

  /** What the settings page shows of {@code a}, with its expiry warning as of {@code now}. */
  public static AccountSummary of(SocialAccount a, OffsetDateTime now) {
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

  /** The granted permissions, comma separated, or a dash. */
  public String getScopesText() {
    return scopes.isEmpty() ? "—" : String.join(", ", scopes);
  }

  public boolean isRemoved() {
    return status == AccountStatus.REMOVED;
  }

  public boolean isPendingPage() {
    return status == AccountStatus.PENDING_PAGE;
  }

  public boolean isNeedsReauth() {
    return status == AccountStatus.NEEDS_REAUTH;
  }

  public boolean isScopesWithheld() {
    return scopesWithheld;
  }

  // For Expression Language 5, which does not see record accessors.

  public long getId() {
    return id;
  }

  public Network getNetwork() {
    return network;
  }

  public AccountStatus getStatus() {
    return status;
  }

  public String getName() {
    return name;
  }

  public String getHandle() {
    return handle;
  }

  public String getPageName() {
    return pageName;
  }

  public String getPageId() {
    return pageId;
  }

  public List<String> getScopes() {
    return scopes;
  }

  public String getLinkedBy() {
    return linkedBy;
  }

  public OffsetDateTime getLinkedAt() {
    return linkedAt;
  }

  public OffsetDateTime getTokenExpiresAt() {
    return tokenExpiresAt;
  }

  public boolean isExpiryWarning() {
    return expiryWarning;
  }

  public OffsetDateTime getRemovedAt() {
    return removedAt;
  }
}
