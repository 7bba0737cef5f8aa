package org.crmsocial.social.stream.control;

import java.io.Serializable;
import java.util.List;

/**
 * What the Social tab shows the current user (DESIGN.md §3, S-2, S-3, S-6).
 *
 * @param accounts the live accounts the user may view, with their streams and granted actions
 * @param withoutView the live accounts the user may not view ("Facebook · Acme Japan"), for S-6
 */
public record SocialTab(Mode mode, List<AccountStreams> accounts, List<String> withoutView)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The four states of the tab. */
  public enum Mode {
    /** Nothing linked, and the user may link (Manage Social): the welcome screen (S-2). */
    WELCOME,
    /** Nothing linked, and the user may not link: "not set up; ask your administrator". */
    NOT_SET_UP,
    /** Accounts are linked but the profile holds VIEW on none: "ask your administrator" (S-6). */
    NO_VIEW,
    /** The streams (S-3). */
    STREAMS
  }

  public SocialTab {
    accounts = List.copyOf(accounts);
    withoutView = List.copyOf(withoutView);
  }
}
