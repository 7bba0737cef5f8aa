package org.crmsocial.social.provider.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The documented payloads under {@code provider-fixtures/}, and settings pointing at a fake
 * network.
 */
final class Fixtures {

  static final Duration TIMEOUT = Duration.ofSeconds(5);

  private Fixtures() {}

  static String read(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/provider-fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ClientSettings facebook(FakeNetwork net, Duration read) {
    return ClientSettings.facebook(
        net.url() + "/www/v25.0/dialog/oauth",
        net.url() + "/v25.0",
        "fb-app",
        "fb-secret-value",
        TIMEOUT,
        read);
  }

  static ClientSettings twitter(FakeNetwork net, Duration read) {
    return ClientSettings.twitter(
        net.url() + "/i/oauth2/authorize",
        net.url() + "/",
        "tw-app",
        "tw-secret-value",
        TIMEOUT,
        read);
  }

  static ClientSettings google(FakeNetwork net, Duration read) {
    return ClientSettings.google(
        net.url() + "/o/oauth2/v2/auth",
        net.url() + "/oauth2/token",
        net.url(),
        "g-app",
        "g-secret-value",
        TIMEOUT,
        read);
  }
}
