package org.crmsocial.social.settings.control;

import java.util.Set;
import org.crmsocial.social.settings.entity.SocialAccount;
import org.crmsocial.social.settings.entity.SocialAction;

/**
 * What the current user may do with one live account, as {@link AccountPermissions} decided it: the
 * actions their profile holds, those usable now, and those withheld at consent (S-8, S-12, S-14).
 */
public record AccountGrants(
    SocialAccount account,
    Set<SocialAction> granted,
    Set<SocialAction> usable,
    Set<SocialAction> withheld) {

  public AccountGrants {
    granted = Set.copyOf(granted);
    usable = Set.copyOf(usable);
    withheld = Set.copyOf(withheld);
  }

  /** Whether the user may read the account's streams (VIEW), else the tab says what to ask for. */
  public boolean mayView() {
    return granted.contains(SocialAction.VIEW);
  }
}
