package org.crmsocial.social.settings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import org.crmsocial.social.provider.control.ProviderClients;

/**
 * Revokes the tokens of an account that was just unlinked (removed, closed Add Page, no page,
 * waited too long for its page), best effort and after the removal committed: the account is
 * unlinked here even when the network is down.
 */
@ApplicationScoped
public class TokenRevocation {

  private static final System.Logger LOG = System.getLogger(TokenRevocation.class.getName());

  @Inject ProviderClients clients;

  /** Asks the network to revoke {@code credentials}; a failure is logged, never thrown. */
  public void revoke(Credentials credentials) {
    try {
      clients
          .of(credentials.network())
          .revoke(credentials.accessToken(), credentials.refreshToken());
    } catch (RuntimeException e) {
      // The network's own message holds no secret.
      LOG.log(
          Level.WARNING,
          "Could not revoke the tokens of social account {0} at {1}: {2}",
          credentials.accountId(),
          credentials.network().displayName(),
          e.getMessage());
    }
  }
}
