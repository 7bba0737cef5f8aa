package org.crmsocial.social.settings.control;

import org.crmsocial.social.provider.model.Network;

/**
 * An account's tokens in clear, for one provider call and no longer: never stored, never sent to a
 * page, never shown by {@link #toString()}.
 *
 * @param pageToken the Facebook page token of the account's page (page streams and page writes take
 *     it), else null
 */
public record Credentials(
    long accountId, Network network, String accessToken, String refreshToken, String pageToken) {

  /** Credentials without a page token. */
  public Credentials(long accountId, Network network, String accessToken, String refreshToken) {
    this(accountId, network, accessToken, refreshToken, null);
  }

  @Override
  public String toString() {
    return "Credentials[accountId=" + accountId + ", network=" + network + "]";
  }
}
