package org.crmsocial.security.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.crmsocial.platform.control.RuleViolation;
import org.junit.jupiter.api.Test;

class UserTest {

  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 11, 25, 9, 0, 0, 0, ZoneOffset.UTC);

  private static User user() {
    return new User("  Hanako.Sato@Example.COM ", "佐藤 花子", "ja", Profile.standard("Standard"), NOW);
  }

  @Test
  void emailIsStoredLowerCaseWithoutBlanks() {
    assertThat(user().getEmail()).isEqualTo("hanako.sato@example.com");
  }

  @Test
  void badInputIsRefusedWithItsOwnMessage() {
    User user = user();
    assertThatThrownBy(() -> user.changeEmail("not-an-email"))
        .hasMessageContaining("security.user.error.emailInvalid");
    assertThatThrownBy(() -> user.changeEmail(""))
        .hasMessageContaining("security.user.error.emailRequired");
    assertThatThrownBy(() -> user.rename("x".repeat(User.NAME_LENGTH + 1)))
        .hasMessageContaining("nameTooLong");
    assertThatThrownBy(() -> user.changeLocale("fr")).hasMessageContaining("localeInvalid");
    assertThat(user.getEmail()).isEqualTo("hanako.sato@example.com");
    assertThat(user.getLocale()).isEqualTo("ja");
  }

  @Test
  void theFifthWrongPasswordLocksTheAccountForAWhile() {
    User user = user();
    for (int i = 1; i < 5; i++) {
      assertThat(user.recordFailedLogin(NOW, 5, Duration.ofMinutes(15))).isFalse();
    }
    assertThat(user.recordFailedLogin(NOW, 5, Duration.ofMinutes(15))).isTrue();
    assertThat(user.isLocked(NOW.plusMinutes(14))).isTrue();
    assertThat(user.isLocked(NOW.plusMinutes(16))).isFalse();
  }

  @Test
  void aFailureAfterTheLockExpiredStartsCountingAgain() {
    User user = user();
    for (int i = 0; i < 5; i++) {
      user.recordFailedLogin(NOW, 5, Duration.ofMinutes(15));
    }
    assertThat(user.recordFailedLogin(NOW.plusMinutes(20), 5, Duration.ofMinutes(15))).isFalse();
    assertThat(user.getFailedLogins()).isEqualTo(1);
  }

  @Test
  void theSuperAdministratorCannotBeDeactivated() {
    User user = user();
    user.makeSuperAdmin();
    assertThatThrownBy(user::deactivate).isInstanceOf(RuleViolation.class);
    assertThat(user.isActive()).isTrue();
  }
}
