package org.crmsocial.security.control;

import jakarta.enterprise.context.RequestScoped;

/** Carries the outcome of this request's sign-in from the identity store to the sign-in page. */
@RequestScoped
public class LoginAttempt {

  private LoginOutcome outcome;

  public LoginOutcome outcome() {
    return outcome;
  }

  void record(LoginOutcome outcome) {
    this.outcome = outcome;
  }
}
