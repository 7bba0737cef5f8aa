package org.crmsocial.sandbox.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Random token values in each network's look ({@code EAAB…}, {@code ya29.a0…}), their SHA-256 (the
 * only form the sandbox stores), and PBKDF2 password hashes for the sandbox's users.
 */
public final class Secrets {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int ITERATIONS = 10_000;

  private Secrets() {}

  /** A new random value: the prefix, then 32 random bytes in base64url. */
  public static String token(String prefix) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The SHA-256 of a value, in lower-case hex: what the sandbox stores and looks up. */
  public static String hash(String value) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A PBKDF2 hash of a password: {@code pbkdf2$iterations$salt$hash}. */
  public static String hashPassword(String password) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return "pbkdf2$" + ITERATIONS + "$" + hex(salt) + "$" + hex(pbkdf2(password, salt, ITERATIONS));
  }

  /** Whether a password matches a hash made by {@link #hashPassword}. */
  public static boolean checkPassword(String password, String stored) {
    if (password == null || stored == null) {
      return false;
    }
    String[] parts = stored.split("\\$");
    if (parts.length != 4 || !"pbkdf2".equals(parts[0])) {
      return false;
    }
    byte[] salt = HexFormat.of().parseHex(parts[2]);
    byte[] expected = HexFormat.of().parseHex(parts[3]);
    return MessageDigest.isEqual(expected, pbkdf2(password, salt, Integer.parseInt(parts[1])));
  }

  private static byte[] pbkdf2(String password, byte[] salt, int iterations) {
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
          .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256))
          .getEncoded();
    } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
