package org.crmsocial.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.crmsocial.platform.control.RuleViolation;

/**
 * PBKDF2 password hashes (HMAC-SHA512, 210,000 iterations, as OWASP advises), in the format of
 * Jakarta Security's {@link Pbkdf2PasswordHash}, which stores its parameters in each hash so they
 * can be raised later without invalidating existing passwords. Also the password policy.
 */
@ApplicationScoped
public class PasswordHasher {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 128;

  @Inject Pbkdf2PasswordHash hash;

  /** A hash of a random password, verified against when an email is unknown. */
  private String decoy;

  @PostConstruct
  void configure() {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32"));
    decoy = hash.generate(java.util.UUID.randomUUID().toString().toCharArray());
  }

  /**
   * Spends the time of one verification and answers false: unknown emails cost what known ones do.
   */
  public boolean verifyDecoy(String password) {
    hash.verify((password == null ? "" : password).toCharArray(), decoy);
    return false;
  }

  /** Hashes a new password after checking the policy. */
  public String hashNew(String password) {
    checkPolicy(password);
    return hash.generate(password.toCharArray());
  }

  public boolean verify(String password, String storedHash) {
    return password != null
        && storedHash != null
        && hash.verify(password.toCharArray(), storedHash);
  }

  /**
   * At least {@value #MIN_LENGTH} characters with a letter and a digit; at most {@value
   * #MAX_LENGTH}.
   */
  public static void checkPolicy(String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      throw new RuleViolation("security.password.tooShort", MIN_LENGTH);
    }
    if (password.length() > MAX_LENGTH) {
      throw new RuleViolation("security.password.tooLong", MAX_LENGTH);
    }
    if (password.chars().noneMatch(Character::isLetter)
        || password.chars().noneMatch(Character::isDigit)) {
      throw new RuleViolation("security.password.weak");
    }
  }
}
