package org.crmsocial.social.settings.control;

import org.crmsocial.social.provider.entity.Network;

/**
 * An account's tokens in clear, for one provider call and no longer: never stored, never sent to a
 * page, never shown by {@link #toString()}.
 */
public record Credentials(long accountId, Network network, String accessToken, String refreshToken) {

  @Override
  public String toString() {
    return "Credentials[accountId=" + accountId + ", network=" + network + "]";
  }
}
