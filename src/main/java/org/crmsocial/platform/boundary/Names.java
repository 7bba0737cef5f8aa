package org.crmsocial.platform.boundary;

import org.crmsocial.platform.entity.PersonName;

/**
 * The page function {@code #{crm:name(record.personName)}}: a person's name as the signed-in user
 * reads it ({@link PersonName#shown}), so no page composes a name from its parts.
 */
public final class Names {

  private Names() {}

  /** {@code name} in the current user's language; empty for null. */
  public static String shown(PersonName name) {
    return name == null ? "" : name.shown(Messages.currentLocale());
  }
}
