package org.crmsocial.security.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.crmsocial.platform.control.AuditAction;
import org.crmsocial.platform.control.AuditDetail;
import org.crmsocial.platform.control.AuditField;
import org.crmsocial.platform.control.AuditLog;
import org.crmsocial.platform.control.Clock;
import org.crmsocial.security.entity.User;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a sign-in against the users table. A wrong password is counted on the account; the {@code
 * crmsocial.login.max-failures}-th in a row locks it for {@code crmsocial.login.lock-duration} (a
 * locked account is refused even with the right password). An unknown email and a locked account
 * cost the same hashing work as a known one, and the sign-in page answers all three failures with
 * one message, so neither the answer nor its timing tells whether an account exists.
 */
@Stateless
public class LoginService {

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;
  @Inject AuditLog audit;

  @Inject
  @ConfigProperty(name = "crmsocial.login.max-failures", defaultValue = "5")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "crmsocial.login.lock-duration", defaultValue = "PT15M")
  String lockDuration;

  public LoginOutcome authenticate(String email, String password) {
    String key = User.normalizeEmail(email);
    User user =
        em.createNamedQuery(User.FIND_BY_EMAIL, User.class)
            .setParameter("email", key)
            .getResultStream()
            .findFirst()
            .orElse(null);
    OffsetDateTime now = Clock.now();
    // One password verification on every path (unknown, locked, wrong, right), so the time taken
    // tells nothing about whether the account exists or is locked.
    boolean rightPassword =
        user == null ? hasher.verifyDecoy(password) : safeVerify(password, user.getPasswordHash());
    if (user == null) {
      return new LoginOutcome(LoginOutcome.Result.INVALID, key, null);
    }
    if (user.isLocked(now)) {
      return new LoginOutcome(LoginOutcome.Result.LOCKED, key, user.getLockedUntil());
    }
    if (!rightPassword) {
      boolean locked = user.recordFailedLogin(now, maxFailures, Duration.parse(lockDuration));
      if (locked) {
        audit.record(
            AuditAction.USER_LOCKED,
            user.getEmail(),
            AuditDetail.of(AuditField.FAILED_SIGN_INS, maxFailures));
        return new LoginOutcome(LoginOutcome.Result.LOCKED, key, user.getLockedUntil());
      }
      return new LoginOutcome(LoginOutcome.Result.INVALID, key, null);
    }
    if (!user.isActive()) {
      return new LoginOutcome(LoginOutcome.Result.INACTIVE, key, null);
    }
    user.recordSuccessfulLogin();
    return new LoginOutcome(LoginOutcome.Result.SUCCESS, key, null);
  }

  private boolean safeVerify(String password, String hash) {
    try {
      return hasher.verify(password, hash);
    } catch (RuntimeException malformedHash) {
      return false;
    }
  }
}
