package org.crmsocial.sandbox.control;

import jakarta.ejb.ApplicationException;

/**
 * Why a code or token request was refused. Each network's resource turns the reason into that
 * network's documented error body. Rolls back whatever the request had begun.
 */
@ApplicationException // rolled back where a transaction runs: RefusalRollback
public class OAuthFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The reasons a code or token is refused. */
  public enum Reason {
    UNKNOWN_CODE,
    CODE_USED,
    CODE_EXPIRED,
    REDIRECT_MISMATCH,
    VERIFIER_MISMATCH,
    INVALID_TOKEN
  }

  private final Reason reason;

  public OAuthFailure(Reason reason) {
    super(reason.name());
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
