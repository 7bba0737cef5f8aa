package org.crmsocial.security.control;

import java.time.OffsetDateTime;

/** What a sign-in attempt came to; the sign-in page turns it into a message. */
public record LoginOutcome(Result result, String email, OffsetDateTime lockedUntil) {

  public enum Result {
    SUCCESS,
    INVALID,
    LOCKED,
    INACTIVE
  }

  public boolean succeeded() {
    return result == Result.SUCCESS;
  }

  /**
   * The message key of a failed sign-in: one for an unknown email, a wrong password and a locked
   * account alike (an account's existence is never told); only the right password of a deactivated
   * account hears that it is deactivated.
   */
  public static String failureKey(LoginOutcome outcome) {
    return outcome != null && outcome.result() == Result.INACTIVE
        ? "platform.login.inactive"
        : "platform.login.invalid";
  }
}
