package org.crmsocial.social.settings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.crmsocial.platform.control.SchemaMigrated;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Encrypts tokens at rest with AES-256-GCM (DESIGN.md §6). The key is {@code crmsocial.token-key}
 * (32 bytes, base64) when set; otherwise one is generated on first use into {@code
 * crmsocial-token.key} in the server's output folder ({@code ${server.output.dir}}, Liberty's
 * working directory), readable by the server's user only, and read from there afterwards. Servers
 * that share one database (a cluster) must all be given the same {@code crmsocial.token-key}; the
 * production configuration generates no file ({@code crmsocial.token-key.generate=false}), so a
 * server without the key says so at start and is not ready.
 *
 * <p>Each value gets a fresh 96-bit nonce; the stored form is {@code v1:} followed by base64 of
 * nonce and ciphertext with its tag. The purpose (which column) is bound in as associated data, so
 * a value copied into another column does not decrypt. Neither the key nor a token is ever logged.
 */
@ApplicationScoped
public class TokenCipher {

  static final String KEY_PROPERTY = "crmsocial.token-key";
  static final String KEY_FILE = "crmsocial-token.key";
  private static final String PREFIX = "v1:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final System.Logger LOG = System.getLogger(TokenCipher.class.getName());

  static final String GENERATE_PROPERTY = "crmsocial.token-key.generate";

  /** Why no key can be had: the production configuration generates none. */
  static final String MISSING =
      KEY_PROPERTY
          + " is not set: set CRMSOCIAL_TOKEN_KEY to 32 random bytes in base64 (openssl rand"
          + " -base64 32), the same on every server of a cluster, and restart";

  @Inject
  @ConfigProperty(name = KEY_PROPERTY)
  Optional<String> configuredKey;

  /** Whether a server without a configured key makes its own key file (one server, the demo). */
  @Inject
  @ConfigProperty(name = GENERATE_PROPERTY, defaultValue = "true")
  boolean generate;

  @Inject
  @ConfigProperty(name = "server.output.dir")
  Optional<String> outputDir;

  private final SecureRandom random = new SecureRandom();
  private SecretKey key;

  /** A cipher with a given key, for tests. */
  static TokenCipher withKey(byte[] key) {
    TokenCipher cipher = new TokenCipher();
    cipher.key = aesKey(key);
    return cipher;
  }

  /** The encrypted form of {@code plain} for the column {@code purpose}; null stays null. */
  public String encrypt(String plain, String purpose) {
    if (plain == null) {
      return null;
    }
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      random.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      byte[] out = new byte[nonce.length + sealed.length];
      System.arraycopy(nonce, 0, out, 0, nonce.length);
      System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
      return PREFIX + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("token encryption failed", e);
    }
  }

  /**
   * The token {@link #encrypt} sealed; null stays null.
   *
   * @throws IllegalStateException when the value was sealed with another key or altered
   */
  public String decrypt(String sealed, String purpose) {
    if (sealed == null) {
      return null;
    }
    if (!sealed.startsWith(PREFIX)) {
      throw new IllegalStateException("not an encrypted token");
    }
    try {
      byte[] in = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
      cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
      return new String(
          cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "a stored token cannot be decrypted: was "
              + KEY_PROPERTY
              + " or "
              + KEY_FILE
              + " changed?");
    }
  }

  private synchronized SecretKey key() {
    if (key == null) {
      Optional<String> configured = configured();
      if (configured.isEmpty() && !generate) {
        throw new IllegalStateException(MISSING);
      }
      key = aesKey(configured.map(TokenCipher::decodeKey).orElseGet(this::keyFromFile));
    }
    return key;
  }

  private Optional<String> configured() {
    return configuredKey == null
        ? Optional.empty()
        : configuredKey.map(String::strip).filter(s -> !s.isEmpty());
  }

  /**
   * What keeps tokens from being encrypted, said for an operator (the readiness check shows it): no
   * key where the configuration generates none, or a key that is not 32 bytes of base64.
   */
  public Optional<String> problem() {
    try {
      key();
      return Optional.empty();
    } catch (IllegalStateException | UncheckedIOException e) {
      return Optional.of(e.getMessage());
    }
  }

  /** Says at start-up, once, what {@link #problem} would say, so the log tells an operator. */
  void checkAtStart(@Observes SchemaMigrated migrated) {
    problem().ifPresent(why -> LOG.log(Level.ERROR, "Tokens cannot be encrypted: {0}", why));
  }

  private static byte[] decodeKey(String base64) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(KEY_PROPERTY + " must be base64 (32 bytes for AES-256)");
    }
    if (bytes.length != 32) {
      throw new IllegalStateException(KEY_PROPERTY + " must be 32 bytes (AES-256), base64 encoded");
    }
    return bytes;
  }

  private byte[] keyFromFile() {
    Path file = outputDir().resolve(KEY_FILE);
    try {
      if (!Files.exists(file)) {
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        try {
          Files.createFile(
              file,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
          Files.createFile(file);
        } catch (FileAlreadyExistsException raced) {
          return decodeKey(Files.readString(file).strip());
        }
        Files.writeString(
            file, Base64.getEncoder().encodeToString(fresh), StandardOpenOption.TRUNCATE_EXISTING);
        LOG.log(
            Level.INFO,
            "Generated a token encryption key in {0}; set {1} to use your own",
            file,
            KEY_PROPERTY);
        return fresh;
      }
      return decodeKey(Files.readString(file).strip());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the token key " + file, e);
    }
  }

  private Path outputDir() {
    return (outputDir == null ? Optional.<String>empty() : outputDir)
        .or(() -> Optional.ofNullable(System.getProperty("server.output.dir")))
        .map(Path::of)
        .orElseGet(() -> Path.of("").toAbsolutePath());
  }

  private static SecretKey aesKey(byte[] bytes) {
    return new SecretKeySpec(bytes, "AES");
  }
}
