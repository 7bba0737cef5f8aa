package org.crmsocial.social.settings.control;

import org.crmsocial.security.entity.Profile;
import org.crmsocial.social.settings.entity.ActionGrant;
import org.crmsocial.social.settings.entity.SocialAccount;
import org.crmsocial.social.settings.entity.SocialAction;

/**
 * A CDI event {@link LinkStore} fires inside the transaction that linked a new account, after
 * Administrator got every action on it (S-9 step 7). Only the demo data observes it, to let its
 * Social Manager view the new account's streams; production adds nothing.
 *
 * @param account the new account
 */
public record AccountLinked(SocialAccount account) {

  /** The grant of View on the new account to {@code profile}, for the observer to persist. */
  public ActionGrant viewFor(Profile profile) {
    return new ActionGrant(account, profile, SocialAction.VIEW);
  }
}
