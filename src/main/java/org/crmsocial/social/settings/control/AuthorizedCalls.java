package org.crmsocial.social.settings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.crmsocial.social.provider.control.SocialNetworkClient;
import org.crmsocial.social.provider.model.ProviderException;

/**
 * The one path by which an account's tokens leave the settings feature (DESIGN.md §3 "Tokens"): a
 * caller that has already authorized its work by its own rule ({@link AccountPermissions} for the
 * Social tab and the tweet history, the account being active for the sync) gets the account's
 * {@link AccountTokens}, sealed, and hands them to its provider call; an expired token is renewed
 * here ({@link TokenRefresh}), so the caller never sees a clear token, not even a refreshed one.
 *
 * <p>No transaction of its own: every read and store is one short transaction of {@link LinkStore},
 * and the provider call runs outside any.
 */
@ApplicationScoped
public class AuthorizedCalls {

  private LinkStore links;

  /** For the container's proxy. */
  protected AuthorizedCalls() {}

  @Inject
  public AuthorizedCalls(LinkStore links) {
    this.links = Objects.requireNonNull(links);
  }

  /**
   * The tokens of an active account, or empty when it is gone or not {@code ACTIVE} (removed,
   * waiting for its page or for re-authorization: no call is made with it).
   */
  public Optional<AccountTokens> active(long accountId) {
    return links.syncCredentials(accountId).map(AccountTokens::new);
  }

  /**
   * Runs {@code call} with the account's tokens; on an expired token refreshes once and runs it
   * again with the new ones ({@link TokenRefresh#call}).
   *
   * @param client the client of the account's network, which {@code call} uses
   */
  public <T> T call(
      SocialNetworkClient client, AccountTokens tokens, Function<AccountTokens, T> call) {
    return TokenRefresh.of(links, client)
        .call(tokens.credentials(), credentials -> call.apply(new AccountTokens(credentials)));
  }

  /**
   * New tokens for the account whose call with {@code used} was answered with {@code expired}
   * ({@link TokenRefresh#renewed}): for the sync, which decides itself what to do when they cannot
   * be renewed.
   */
  public AccountTokens renewed(
      SocialNetworkClient client, AccountTokens used, ProviderException.TokenExpired expired) {
    return new AccountTokens(TokenRefresh.of(links, client).renewed(used.credentials(), expired));
  }
}
