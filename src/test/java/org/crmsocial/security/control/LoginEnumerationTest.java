package org.crmsocial.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.crmsocial.platform.control.AuditLog;
import org.crmsocial.security.entity.Profile;
import org.crmsocial.security.entity.User;
import org.crmsocial.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sign-in tells nobody whether an account exists (issue 19, point 2): an unknown email, a wrong
 * password and a locked account cost the same password verification and get the same message.
 */
class LoginEnumerationTest {

  /** Counts verifications instead of spending PBKDF2's time; "hash:" + password is a hash. */
  static final class CountingHasher extends PasswordHasher {
    final List<String> calls = new ArrayList<>();

    @Override
    public boolean verifyDecoy(String password) {
      calls.add("decoy");
      return false;
    }

    @Override
    public boolean verify(String password, String storedHash) {
      calls.add("verify");
      return storedHash.equals("hash:" + password);
    }
  }

  TestDatabase db;
  CountingHasher hasher = new CountingHasher();

  @BeforeEach
  void createUser() {
    db = TestDatabase.create(TestDatabase.Kind.H2);
    db.inTransaction(
        em -> {
          Profile standard = Profile.standard("Standard");
          em.persist(standard);
          User ken =
              new User(
                  "ken@example.com", "Ken Ito", "en", standard, OffsetDateTime.now(ZoneOffset.UTC));
          ken.setPasswordHash("hash:right-password-1");
          em.persist(ken);
        });
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void unknownWrongAndLockedCostOneVerificationEachAndAnswerAlike() { // account enumeration
    List<String> messages = new ArrayList<>();
    List<Integer> verifications = new ArrayList<>();
    List<String> attempts = new ArrayList<>();
    // five wrong passwords lock the account; then the right one, then an unknown email
    for (int i = 0; i < 5; i++) {
      attempts.add("ken@example.com|wrong-password-" + i);
    }
    attempts.add("ken@example.com|right-password-1"); // locked: refused with the right password
    attempts.add("nobody@example.com|right-password-1"); // unknown
    for (String attempt : attempts) {
      String[] parts = attempt.split("\\|");
      int before = hasher.calls.size();
      LoginOutcome outcome = authenticate(parts[0], parts[1]);
      assertThat(outcome.succeeded()).as(attempt).isFalse();
      verifications.add(hasher.calls.size() - before);
      messages.add(LoginOutcome.failureKey(outcome));
    }
    assertThat(verifications).as("one verification on every path").containsOnly(1);
    assertThat(messages)
        .as("one answer, whether the account exists or is locked")
        .containsOnly("platform.login.invalid");
    assertThat(authenticate("ken@example.com", "right-password-1").result())
        .as("the lock-out itself still holds")
        .isEqualTo(LoginOutcome.Result.LOCKED);
  }

  private LoginOutcome authenticate(String email, String password) {
    LoginOutcome[] outcome = new LoginOutcome[1];
    db.inTransaction(
        em -> {
          LoginService service = new LoginService();
          service.em = em;
          service.hasher = hasher;
          service.audit =
              new AuditLog() {
                @Override
                public void record(
                    org.crmsocial.platform.control.AuditAction action,
                    String target,
                    org.crmsocial.platform.control.AuditDetail detail) {}
              };
          service.maxFailures = 5;
          service.lockDuration = "PT15M";
          outcome[0] = service.authenticate(email, password);
        });
    return outcome[0];
  }
}
