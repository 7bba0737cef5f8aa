package org.crmsocial.social.settings.control;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.settings.entity.SocialAction;

/**
 * The Actions matrix of one account (S-9 step 7, S-13, S-15): one row per profile, one column per
 * action the network offers. {@code unavailable} lists the actions whose permission was not granted
 * at consent: shown, but "re-authorize to grant".
 */
public record ActionMatrix(
    long accountId,
    Network network,
    List<SocialAction> actions,
    Set<SocialAction> unavailable,
    List<Row> rows)
    implements Serializable {

  /** One profile's cells, by action name; mutable so the page can bind its checkboxes. */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long profileId;
    private final String profileName;
    private final boolean administrator;
    private final Map<String, Boolean> cells = new LinkedHashMap<>();

    /**
     * @param administrator whether this is the CRM's Administrator profile (the one that may do
     *     every action of a new account by default)
     */
    public Row(
        long profileId,
        String profileName,
        boolean administrator,
        List<SocialAction> actions,
        Set<SocialAction> granted) {
      this.profileId = profileId;
      this.profileName = profileName;
      this.administrator = administrator;
      for (SocialAction action : actions) {
        cells.put(action.name(), granted.contains(action));
      }
    }

    public long getProfileId() {
      return profileId;
    }

    public String getProfileName() {
      return profileName;
    }

    public Map<String, Boolean> getCells() {
      return cells;
    }

    public boolean isAdministrator() {
      return administrator;
    }

    /** The actions ticked in this row. */
    public Set<SocialAction> granted() {
      Set<SocialAction> granted = java.util.EnumSet.noneOf(SocialAction.class);
      cells.forEach(
          (name, on) -> {
            if (Boolean.TRUE.equals(on)) {
              granted.add(SocialAction.valueOf(name));
            }
          });
      return granted;
    }
  }

  /**
   * Whether no profile but Administrator may do anything with the account, as right after it was
   * linked (S-9 step 7: only Administrator has every action by default): the Actions tab says so,
   * so an administrator knows that other users see nothing of the account until actions are granted
   * to their profile.
   */
  public boolean isOnlyAdministrator() {
    return rows.stream().filter(r -> !r.isAdministrator()).allMatch(r -> r.granted().isEmpty());
  }

  // For Expression Language 5, which does not see record accessors.

  public long getAccountId() {
    return accountId;
  }

  public List<SocialAction> getActions() {
    return actions;
  }

  public List<Row> getRows() {
    return rows;
  }
}
