package org.crmsocial.social.settings.control;

import java.util.Objects;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.SealedToken;

/**
 * An account's tokens as another feature holds them for its provider calls ({@link
 * AuthorizedCalls}): sealed, so the sync, the Social tab and the tweet history can pass them to a
 * query or a write but never read them. The clear {@link Credentials} stay inside this package.
 */
public final class AccountTokens {

  private final Credentials credentials;

  AccountTokens(Credentials credentials) {
    this.credentials = Objects.requireNonNull(credentials);
  }

  public long accountId() {
    return credentials.accountId();
  }

  public Network network() {
    return credentials.network();
  }

  /** The user token: Twitter and Google+ calls, Facebook calls that are not the page's. */
  public SealedToken user() {
    return SealedToken.of(credentials.accessToken());
  }

  /** The page token (Facebook page streams and page writes) where there is one, else the user's. */
  public SealedToken pageOrUser() {
    return credentials.pageToken() != null ? SealedToken.of(credentials.pageToken()) : user();
  }

  Credentials credentials() {
    return credentials;
  }

  @Override
  public String toString() {
    return "AccountTokens[accountId=" + accountId() + ", network=" + network() + "]";
  }
}
