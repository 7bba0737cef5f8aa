package org.crmsocial.platform.control;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * A request that breaks a business rule or carries bad input. It names a message key of the {@code
 * messages} bundle (with its arguments) so every screen and API can show it in the user's language.
 * Thrown from services, it rolls the transaction back: nothing is changed.
 */
@ApplicationException // rolled back where a transaction runs: RefusalRollback
public class RuleViolation extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String key;
  private final transient Object[] args;

  public RuleViolation(String key, Object... args) {
    super(key + (args.length == 0 ? "" : " " + Arrays.toString(args)));
    this.key = key;
    this.args = args.clone();
  }

  /** The message key, such as {@code security.profile.error.locked}. */
  public String getKey() {
    return key;
  }

  public Object[] getArgs() {
    return args.clone();
  }
}
