package org.crmsocial.social.settings.control;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.crmsocial.social.provider.control.SocialNetworkClient;
import org.crmsocial.social.provider.model.ProviderException;
import org.crmsocial.social.provider.model.TokenGrant;

/**
 * What every provider call made with an account's tokens does when the network answers that the
 * access token is no longer valid (issue 19 point 16): a token that expires by design (Twitter's
 * live two hours, Google's one) is refreshed once with the refresh token, the whole new grant is
 * stored (Twitter rotates the refresh token: the old one is dead from then on), and the call is
 * tried once more with the new token. Only a refresh the network refuses, a network that cannot
 * refresh (Facebook) or a new token refused again marks the account "Needs re-authorization".
 *
 * <p>When two calls race (the sync and a write refreshing the same rotating token at once), the
 * loser's refresh is refused; it then uses the tokens the winner stored instead of killing the
 * link. Runs outside any transaction: the refresh is a network call, each store its own short
 * transaction of {@link LinkStore}. Plain code, no bean: every caller hands in its {@link
 * LinkStore} and the client of the account's network.
 */
public final class TokenRefresh {

  private final LinkStore links;
  private final SocialNetworkClient client;

  private TokenRefresh(LinkStore links, SocialNetworkClient client) {
    this.links = Objects.requireNonNull(links);
    this.client = Objects.requireNonNull(client);
  }

  /** The refresh of the accounts of {@code client}'s network, stored through {@code links}. */
  public static TokenRefresh of(LinkStore links, SocialNetworkClient client) {
    return new TokenRefresh(links, client);
  }

  /**
   * Runs {@code call} with the account's current tokens; on an expired token refreshes once and
   * runs it again with the new ones.
   *
   * @param credentials the tokens the caller read for this call
   * @throws ProviderException.TokenExpired when the token cannot be renewed (the account is then
   *     marked as needing re-authorization)
   * @throws ProviderException any other failure of the call, as it came
   */
  public <T> T call(Credentials credentials, Function<Credentials, T> call) {
    try {
      return call.apply(credentials);
    } catch (ProviderException.TokenExpired expired) {
      Credentials fresh = renewed(credentials, expired);
      try {
        return call.apply(fresh);
      } catch (ProviderException.TokenExpired again) {
        links.markNeedsReauthorization(credentials.accountId(), again.getMessage());
        throw again;
      }
    }
  }

  /**
   * New tokens for the account whose call with {@code used} was answered with {@code expired}: the
   * grant of a refresh, stored, or the tokens another call stored meanwhile.
   *
   * @throws ProviderException.TokenExpired {@code expired} or the refresh's refusal, once the
   *     account is marked as needing re-authorization
   * @throws ProviderException a refresh that failed for another reason (the network unreachable):
   *     the link stays as it is, the call may be tried later
   */
  public Credentials renewed(Credentials used, ProviderException.TokenExpired expired) {
    long accountId = used.accountId();
    Optional<Credentials> stored = links.syncCredentials(accountId);
    if (stored.isEmpty()) {
      throw expired; // removed or already waiting for re-authorization: nothing to renew
    }
    if (!Objects.equals(stored.get().accessToken(), used.accessToken())) {
      return stored.get(); // another call refreshed meanwhile
    }
    String refreshToken = stored.get().refreshToken();
    if (refreshToken == null || !client.refreshes()) {
      links.markNeedsReauthorization(accountId, expired.getMessage());
      throw expired;
    }
    TokenGrant grant;
    try {
      grant = client.refresh(refreshToken);
    } catch (ProviderException.TokenExpired | ProviderException.BadRequest refused) {
      Optional<Credentials> now = links.syncCredentials(accountId);
      if (now.isPresent() && !Objects.equals(now.get().refreshToken(), refreshToken)) {
        return now.get(); // another call rotated the refresh token first and stored its grant
      }
      links.markNeedsReauthorization(accountId, refused.getMessage());
      throw refused instanceof ProviderException.TokenExpired dead
          ? dead
          : new ProviderException.TokenExpired(refused.network(), refused.detail());
    }
    links.storeRefreshedGrant(accountId, grant);
    return links.syncCredentials(accountId).orElseThrow(() -> expired);
  }
}
