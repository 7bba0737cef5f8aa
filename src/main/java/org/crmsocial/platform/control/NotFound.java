package org.crmsocial.platform.control;

import jakarta.ejb.ApplicationException;

/** The requested record does not exist (or is not visible); pages answer 404. */
@ApplicationException // rolled back where a transaction runs: RefusalRollback
public class NotFound extends RuleViolation {

  private static final long serialVersionUID = 1L;

  public NotFound(String what, Object id) {
    super("platform.error.notFound", what, id);
  }
}
