package org.crmsocial.social.settings.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  private static TokenCipher unconfigured(String key, boolean generate, Path dir) {
    TokenCipher cipher = new TokenCipher();
    cipher.configuredKey = Optional.ofNullable(key);
    cipher.generate = generate;
    cipher.outputDir = Optional.of(dir.toString());
    return cipher;
  }

  @Test // issue 15 point 3: production refuses to run without the key every server shares
  void withoutAKeyWhereNoneIsGeneratedNothingIsEncryptedAndTheReasonIsSaid(@TempDir Path dir) {
    TokenCipher cipher = unconfigured(null, false, dir);
    assertThat(cipher.problem())
        .hasValueSatisfying(why -> assertThat(why).contains("CRMSOCIAL_TOKEN_KEY"));
    assertThatThrownBy(() -> cipher.encrypt("EAAB-secret-token", LinkStore.ACCESS))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("same on every server");
    assertThat(dir.resolve(TokenCipher.KEY_FILE)).doesNotExist();
  }

  @Test
  void theDemoMakesItsOwnKeyFileOnce(@TempDir Path dir) {
    TokenCipher cipher = unconfigured(" ", true, dir);
    assertThat(cipher.problem()).isEmpty();
    String sealed = cipher.encrypt("EAAB-secret-token", LinkStore.ACCESS);
    assertThat(dir.resolve(TokenCipher.KEY_FILE)).exists();
    assertThat(unconfigured(null, true, dir).decrypt(sealed, LinkStore.ACCESS))
        .isEqualTo("EAAB-secret-token");
  }

  @Test
  void aKeyOfTheWrongSizeIsSaidBeforeAnyTokenIsStored(@TempDir Path dir) {
    TokenCipher cipher = unconfigured(Base64.getEncoder().encodeToString(new byte[16]), false, dir);
    assertThat(cipher.problem()).hasValueSatisfying(why -> assertThat(why).contains("32 bytes"));
  }
}
