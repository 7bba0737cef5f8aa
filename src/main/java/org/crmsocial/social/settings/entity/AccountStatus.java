package org.crmsocial.social.settings.entity;

/**
 * Where a linked account stands. {@link #PENDING_PAGE}: a Facebook or Google+ account waiting for
 * its page (never synced; removed when the Add Page step is abandoned, S-11, S-16); {@link
 * #ACTIVE}: in use; {@link #NEEDS_REAUTH}: the network no longer accepts its token; {@link
 * #REMOVED}: unlinked (S-17), its tokens erased and its data hidden but kept for a re-link (S-19).
 */
public enum AccountStatus {
  PENDING_PAGE,
  ACTIVE,
  NEEDS_REAUTH,
  REMOVED;

  /** The status as the settings page shows it. */
  public org.crmsocial.platform.control.Translated label() {
    return new org.crmsocial.platform.control.Translated("social.settings.status." + name());
  }
}
