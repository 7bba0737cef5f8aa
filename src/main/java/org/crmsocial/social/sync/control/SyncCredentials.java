package org.crmsocial.social.sync.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.util.Optional;
import org.crmsocial.social.provider.control.SocialNetworkClient;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.NetworkStream;
import org.crmsocial.social.provider.model.ProviderException;
import org.crmsocial.social.settings.control.Credentials;
import org.crmsocial.social.settings.control.LinkStore;
import org.crmsocial.social.settings.control.TokenRefresh;

/**
 * The sync's only way to an account's tokens and its link (the settings feature hands them out):
 * the tokens of a run, the token of a stream, their renewal on expiry ({@link TokenRefresh}) and
 * the account marked as needing re-authorization. Every call of the sync into {@link LinkStore},
 * {@link Credentials} and {@link TokenRefresh} is here, so how settings hands out tokens changes in
 * one place.
 */
@Dependent
public class SyncCredentials {

  @EJB LinkStore links;

  /** The tokens of an active account for one run; empty when it is not active (any more). */
  public Optional<Credentials> of(long accountId) {
    return links.syncCredentials(accountId);
  }

  /** The token a stream is read with: Facebook's page token where there is one. */
  public String token(Credentials credentials, NetworkStream stream) {
    boolean pageToken = stream.network() == Network.FACEBOOK;
    return pageToken && credentials.pageToken() != null
        ? credentials.pageToken()
        : credentials.accessToken();
  }

  /**
   * New tokens after {@code expired} (the refreshed grant stored, or the tokens another call stored
   * meanwhile).
   *
   * @throws ProviderException.TokenExpired when they cannot be renewed (the account is then marked)
   * @throws ProviderException a refresh that failed for another reason: it may be tried later
   */
  public Credentials renewed(
      SocialNetworkClient client, Credentials used, ProviderException.TokenExpired expired) {
    return TokenRefresh.of(links, client).renewed(used, expired);
  }

  /** Marks the account as needing re-authorization (which stops its timer), with the reason. */
  public void needsReauthorization(long accountId, String reason) {
    links.markNeedsReauthorization(accountId, reason);
  }
}
