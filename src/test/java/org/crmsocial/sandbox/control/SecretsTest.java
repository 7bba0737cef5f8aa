package org.crmsocial.sandbox.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretsTest {

  @Test
  void tokensCarryTheNetworksPrefixAndDiffer() {
    String a = Secrets.token("EAAB");
    assertThat(a).startsWith("EAAB").hasSizeGreaterThan(40);
    assertThat(Secrets.token("EAAB")).isNotEqualTo(a);
  }

  @Test
  void onlyTheHashIsStoredAndItIsStable() {
    assertThat(Secrets.hash("x")).hasSize(64).isEqualTo(Secrets.hash("x"));
    assertThat(Secrets.hash("x")).isNotEqualTo(Secrets.hash("y"));
  }

  @Test
  void passwordsCheckAgainstTheirHash() {
    String h = Secrets.hashPassword("sandbox");
    assertThat(h).startsWith("pbkdf2$").doesNotContain("sandbox$");
    assertThat(Secrets.checkPassword("sandbox", h)).isTrue();
    assertThat(Secrets.checkPassword("Sandbox", h)).isFalse();
    assertThat(Secrets.checkPassword("sandbox", "garbage")).isFalse();
  }
}
