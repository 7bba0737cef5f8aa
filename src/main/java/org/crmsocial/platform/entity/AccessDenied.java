package org.crmsocial.platform.entity;

import jakarta.ejb.ApplicationException;

/** The signed-in user may not do this; pages answer 403. Nothing is changed. */
@ApplicationException(rollback = true)
public class AccessDenied extends RuleViolation {

  private static final long serialVersionUID = 1L;

  public AccessDenied(String key, Object... args) {
    super(key, args);
  }
}
