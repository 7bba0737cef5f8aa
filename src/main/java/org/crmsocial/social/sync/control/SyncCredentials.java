package org.crmsocial.social.sync.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import org.crmsocial.social.provider.control.SocialNetworkClient;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.NetworkStream;
import org.crmsocial.social.provider.model.ProviderException;
import org.crmsocial.social.provider.model.SealedToken;
import org.crmsocial.social.settings.control.AccountTokens;
import org.crmsocial.social.settings.control.AuthorizedCalls;
import org.crmsocial.social.settings.control.LinkStore;

/**
 * The sync's only way to an account's tokens and its link, through the settings feature's one path
 * for tokens ({@link AuthorizedCalls}): the sealed tokens of a run, the token of a stream, their
 * renewal on expiry and the account marked as needing re-authorization. The sync never holds a
 * clear token.
 */
@Dependent
public class SyncCredentials {

  @Inject AuthorizedCalls calls;
  @EJB LinkStore links;

  /** The tokens of an active account for one run; empty when it is not active (any more). */
  public Optional<AccountTokens> of(long accountId) {
    return calls.active(accountId);
  }

  /** The token a stream is read with: Facebook's page token where there is one. */
  public SealedToken token(AccountTokens tokens, NetworkStream stream) {
    return stream.network() == Network.FACEBOOK ? tokens.pageOrUser() : tokens.user();
  }

  /**
   * New tokens after {@code expired} (the refreshed grant stored, or the tokens another call stored
   * meanwhile).
   *
   * @throws ProviderException.TokenExpired when they cannot be renewed (the account is then marked)
   * @throws ProviderException a refresh that failed for another reason: it may be tried later
   */
  public AccountTokens renewed(
      SocialNetworkClient client, AccountTokens used, ProviderException.TokenExpired expired) {
    return calls.renewed(client, used, expired);
  }

  /** Marks the account as needing re-authorization (which stops its timer), with the reason. */
  public void needsReauthorization(long accountId, String reason) {
    links.markNeedsReauthorization(accountId, reason);
  }
}
