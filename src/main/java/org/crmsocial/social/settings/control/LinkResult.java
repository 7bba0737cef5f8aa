package org.crmsocial.social.settings.control;

import java.io.Serializable;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.settings.entity.AccountStatus;

/**
 * What a completed consent did.
 *
 * @param outcome {@code LINKED} a new link, {@code RESUMED} a removed account linked again (S-19),
 *     {@code REAUTHORIZED} a live account given new tokens, {@code NO_PAGE} a Facebook or Google+
 *     account without a page, removed at once (S-10, S-16)
 */
public record LinkResult(
    long accountId, Network network, AccountStatus status, String name, Outcome outcome)
    implements Serializable {

  public enum Outcome {
    LINKED,
    RESUMED,
    REAUTHORIZED,
    NO_PAGE
  }
}
