package org.crmsocial.social.settings.control;

import java.io.Serializable;
import java.util.List;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.settings.entity.AccountStatus;

/**
 * What a completed consent did.
 *
 * @param outcome {@code LINKED} a new link, {@code RESUMED} a removed account linked again (S-19),
 *     {@code REAUTHORIZED} a live account given new tokens, {@code NO_PAGE} a Facebook or Google+
 *     account without a page, removed at once (S-10, S-16)
 * @param pages the pages the consent's token manages, read while completing it, so the Add Page
 *     dialog can show them without asking the network again; empty on Twitter
 */
public record LinkResult(
    long accountId,
    Network network,
    AccountStatus status,
    String name,
    Outcome outcome,
    List<PageChoice> pages)
    implements Serializable {

  public LinkResult {
    pages = pages == null ? List.of() : List.copyOf(pages);
  }

  /** The same result with the pages the consent listed. */
  public LinkResult withPages(List<PageChoice> choices) {
    return new LinkResult(accountId, network, status, name, outcome, choices);
  }

  public enum Outcome {
    LINKED,
    RESUMED,
    REAUTHORIZED,
    NO_PAGE
  }
}
