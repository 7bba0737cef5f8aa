package org.crmsocial.social.settings.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Tokens at rest: AES-256-GCM, a fresh nonce each time, bound to their column. */
class TokenCipherTest {

  private static byte[] key(int fill) {
    byte[] k = new byte[32];
    Arrays.fill(k, (byte) fill);
    return k;
  }

  @Test
  void roundTripsAndNeverRepeatsACiphertext() {
    TokenCipher cipher = TokenCipher.withKey(key(1));
    String a = cipher.encrypt("EAAB-secret-token", LinkStore.ACCESS);
    String b = cipher.encrypt("EAAB-secret-token", LinkStore.ACCESS);
    assertThat(a).startsWith("v1:").doesNotContain("secret").isNotEqualTo(b);
    assertThat(cipher.decrypt(a, LinkStore.ACCESS)).isEqualTo("EAAB-secret-token");
    assertThat(cipher.encrypt(null, LinkStore.ACCESS)).isNull();
  }

  @Test
  void refusesAnotherKeyAnotherColumnOrAnAlteredValueWithoutShowingTheToken() {
    String sealed = TokenCipher.withKey(key(1)).encrypt("EAAB-secret-token", LinkStore.ACCESS);
    assertThatThrownBy(() -> TokenCipher.withKey(key(2)).decrypt(sealed, LinkStore.ACCESS))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageNotContaining("EAAB");
    assertThatThrownBy(() -> TokenCipher.withKey(key(1)).decrypt(sealed, LinkStore.REFRESH))
        .isInstanceOf(IllegalStateException.class);
    String altered =
        sealed.substring(0, sealed.length() - 3) + (sealed.endsWith("A==") ? "B==" : "A==");
    assertThatThrownBy(() -> TokenCipher.withKey(key(1)).decrypt(altered, LinkStore.ACCESS))
        .isInstanceOf(IllegalStateException.class);
  }
}
