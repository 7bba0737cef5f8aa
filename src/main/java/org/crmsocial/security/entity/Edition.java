package org.crmsocial.security.entity;

import org.crmsocial.platform.control.Translated;

/** The organization's CRM edition. Social is sold only in Professional and Enterprise (S-7). */
public enum Edition {
  FREE,
  STANDARD,
  PROFESSIONAL,
  ENTERPRISE;

  /** S-7: the Social tab, social settings and every social operation need one of these editions. */
  public boolean includesSocial() {
    return this == PROFESSIONAL || this == ENTERPRISE;
  }

  /** The edition's name as pages show it. */
  public Translated label() {
    return new Translated("platform.edition." + name());
  }
}
