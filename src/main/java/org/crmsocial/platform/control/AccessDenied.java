package org.crmsocial.platform.control;

import jakarta.ejb.ApplicationException;

/** The signed-in user may not do this; pages answer 403. Nothing is changed. */
@ApplicationException // rolled back where a transaction runs: RefusalRollback
public class AccessDenied extends RuleViolation {

  private static final long serialVersionUID = 1L;

  public AccessDenied(String key, Object... args) {
    super(key, args);
  }
}
