package org.crmsocial.social.stream.control;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.crmsocial.social.provider.entity.NetworkStream;
import org.crmsocial.social.settings.entity.SocialAction;

/**
 * One live account as the Social tab offers it: its synced streams, the user's saved searches
 * (Twitter) and the actions the user's profile holds on it, which decide the buttons shown; the
 * server checks each again (S-8, S-12, S-14).
 *
 * @param actions the granted actions that can be used now (account active, scope granted)
 */
public record AccountStreams(
    AccountRef account,
    List<NetworkStream> streams,
    List<SavedSearchRef> savedSearches,
    Set<SocialAction> actions)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public AccountStreams {
    streams = List.copyOf(streams);
    savedSearches = List.copyOf(savedSearches);
    actions = Set.copyOf(actions);
  }

  public boolean may(SocialAction action) {
    return actions.contains(action);
  }

  /** A Twitter search saved as a stream. */
  public record SavedSearchRef(long id, String query) implements Serializable {
    private static final long serialVersionUID = 1L;
  }
}
