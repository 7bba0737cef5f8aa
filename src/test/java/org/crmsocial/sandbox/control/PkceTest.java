package org.crmsocial.sandbox.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PkceTest {

  // RFC 7636, appendix B
  static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
  static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

  @Test
  void s256MatchesTheRfcExample() {
    assertThat(Pkce.s256(VERIFIER)).isEqualTo(CHALLENGE);
    assertThat(Pkce.verify(VERIFIER, CHALLENGE, "S256")).isTrue();
  }

  @Test
  void wrongOrMalformedVerifiersAreRefused() {
    assertThat(Pkce.verify(VERIFIER.replace('d', 'e'), CHALLENGE, "S256")).isFalse();
    assertThat(Pkce.verify(null, CHALLENGE, "S256")).isFalse();
    assertThat(Pkce.verify("short", Pkce.s256("short"), "S256")).isFalse();
    assertThat(Pkce.verify(VERIFIER + "!", Pkce.s256(VERIFIER + "!"), "S256")).isFalse();
  }

  @Test
  void plainComparesTheVerifierItself() {
    assertThat(Pkce.verify(VERIFIER, VERIFIER, "plain")).isTrue();
    assertThat(Pkce.verify(VERIFIER, CHALLENGE, "plain")).isFalse();
  }
}
