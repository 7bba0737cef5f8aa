package org.crmsocial.social.stream.control;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.crmsocial.social.provider.model.NetworkStream;
import org.crmsocial.social.settings.control.AccountRef;
import org.crmsocial.social.settings.entity.SocialAction;

/**
 * One live account as the Social tab offers it: its synced streams, the user's saved searches
 * (Twitter) and the actions the user's profile holds on it, which decide the buttons shown; the
 * server checks each again (S-8, S-12, S-14).
 *
 * @param actions the granted actions that can be used now (account active, scope granted)
 * @param withheld the granted actions the account's consent did not allow: offered only after an
 *     administrator re-authorizes the account and allows their permission
 */
public record AccountStreams(
    AccountRef account,
    List<NetworkStream> streams,
    List<SavedSearchRef> savedSearches,
    Set<SocialAction> actions,
    Set<SocialAction> withheld)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public AccountStreams {
    streams = List.copyOf(streams);
    savedSearches = List.copyOf(savedSearches);
    actions = Set.copyOf(actions);
    withheld = Set.copyOf(withheld);
  }

  public boolean may(SocialAction action) {
    return actions.contains(action);
  }

  /** Whether the profile holds {@code action} but the account's consent withheld it. */
  public boolean withholds(SocialAction action) {
    return withheld.contains(action);
  }

  /** The withheld actions in matrix order, each with the permission it waits for. */
  public List<Withheld> getWithheldActions() {
    return SocialAction.of(account.network()).stream()
        .filter(withheld::contains)
        .map(a -> new Withheld(a.name(), a.requiredScope(account.network())))
        .toList();
  }

  /** An action waiting for a re-authorization, and the permission it needs. */
  public record Withheld(String action, String scope) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** A Twitter search saved as a stream. */
  public record SavedSearchRef(long id, String query) implements Serializable {
    private static final long serialVersionUID = 1L;
  }
}
