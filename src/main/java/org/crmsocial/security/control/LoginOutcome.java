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
}
