package org.crmsocial.platform.control;

/**
 * Optimistic locking for edit screens: an edit based on an older version is refused, not merged.
 */
public final class Versions {

  private Versions() {}

  /** Refuses the change when someone saved the record since the editor loaded it. */
  public static void requireCurrent(long actual, long expected) {
    if (actual != expected) {
      throw new RuleViolation("platform.error.staleData");
    }
  }
}
