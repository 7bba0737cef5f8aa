package org.crmsocial.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * Jakarta Security's view of the users table: a valid email and password make a caller; the
 * caller's roles are read from the profile on every request ({@link CallerGroups}) and everything
 * finer is decided by {@link AccessPolicy}.
 */
@ApplicationScoped
public class UserIdentityStore implements IdentityStore {

  @Inject LoginService logins;
  @Inject LoginAttempt attempt;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    LoginOutcome outcome = logins.authenticate(login.getCaller(), login.getPasswordAsString());
    attempt.record(outcome);
    return outcome.succeeded()
        ? new CredentialValidationResult(outcome.email(), Set.of(AccessPolicy.Groups.USER))
        : CredentialValidationResult.INVALID_RESULT;
  }
}
