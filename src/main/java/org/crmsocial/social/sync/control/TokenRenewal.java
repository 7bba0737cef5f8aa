package org.crmsocial.social.sync.control;

import org.crmsocial.social.provider.model.ProviderException;
import org.crmsocial.social.sync.control.CursorStore.CursorSnapshot;

/**
 * An expired token met by a run (DESIGN.md §3, token trouble): renewed once a run where the network
 * can; a refresh the network refuses asks for re-authorization, one that fails otherwise backs the
 * stream off.
 */
final class TokenRenewal {

  private final SyncParts parts;
  private final BackOff backOff;

  TokenRenewal(SyncParts parts, BackOff backOff) {
    this.parts = parts;
    this.backOff = backOff;
  }

  /**
   * Renews the run's tokens after {@code expired}, unless the run did so already; whether the
   * stream may try again with the new ones.
   */
  boolean renew(
      RunAccount account,
      CursorSnapshot cursor,
      StreamTally tally,
      ProviderException.TokenExpired expired) {
    if (account.refreshed) {
      return false;
    }
    account.refreshed = true;
    try {
      account.credentials =
          parts.credentials().renewed(account.client, account.credentials, expired);
      return true;
    } catch (ProviderException.TokenExpired dead) {
      backOff.reauthorize(account, cursor, tally, dead);
      return false;
    } catch (ProviderException e) {
      backOff.failed(cursor, tally, e.getMessage());
      return false;
    }
  }
}
