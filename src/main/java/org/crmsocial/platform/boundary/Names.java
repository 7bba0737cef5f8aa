package org.crmsocial.platform.boundary;

import org.crmsocial.platform.control.PersonName;

/**
 * The page functions {@code #{crm:name(record.personName)}}, a person's name as the signed-in user
 * reads it ({@link PersonName#shown}), so no page composes a name from its parts, and {@code
 * #{crm:sender(label)}}, a network sender with one wording for those the network hides.
 */
public final class Names {

  /** The wording for a sender the network hides. */
  public static final String HIDDEN_SENDER = "social.sender.hidden";

  private Names() {}

  /**
   * The sender of a network item as pages show it: its label (display name, else {@code @handle}),
   * or, when the network does not tell who sent it, the one wording for a hidden sender, in the
   * current user's language. Both the Social tab and the Social Interactions list use it.
   */
  public static String sender(String label) {
    return label == null || label.isBlank() ? Messages.text(HIDDEN_SENDER) : label;
  }

  /** {@code name} in the current user's language; empty for null. */
  public static String shown(PersonName name) {
    return name == null ? "" : name.shown(Messages.currentLocale());
  }
}
