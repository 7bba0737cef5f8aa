package org.crmsocial.security.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.crmsocial.platform.control.RuleViolation;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void refusesShortLongAndSingleKindPasswords() {
    assertThatThrownBy(() -> PasswordHasher.checkPolicy("abc123"))
        .isInstanceOf(RuleViolation.class);
    assertThatThrownBy(() -> PasswordHasher.checkPolicy(null)).isInstanceOf(RuleViolation.class);
    assertThatThrownBy(() -> PasswordHasher.checkPolicy("onlyletters-here"))
        .hasMessageContaining("weak");
    assertThatThrownBy(() -> PasswordHasher.checkPolicy("1234567890123"))
        .hasMessageContaining("weak");
    assertThatThrownBy(() -> PasswordHasher.checkPolicy("a1".repeat(65)))
        .hasMessageContaining("tooLong");
  }

  @Test
  void acceptsTheDemoPassword() {
    assertThatCode(() -> PasswordHasher.checkPolicy("demo-password-1")).doesNotThrowAnyException();
  }
}
