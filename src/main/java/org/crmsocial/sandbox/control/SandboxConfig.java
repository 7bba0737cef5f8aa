package org.crmsocial.sandbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sandbox's settings (MicroProfile Config, each also an environment variable): whether it is on
 * at all, how often the generator adds activity, how long a TIMEOUT fault holds its response, and
 * the public base URL that {@code redirect_uri}s may also use.
 */
@ApplicationScoped
public class SandboxConfig {

  @Inject
  @ConfigProperty(name = "crmsocial.sandbox.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "crmsocial.sandbox.activity-interval", defaultValue = "PT30S")
  String activityInterval;

  @Inject
  @ConfigProperty(name = "crmsocial.sandbox.timeout-delay", defaultValue = "PT30S")
  String timeoutDelay;

  @Inject
  @ConfigProperty(name = "crmsocial.public-url")
  Optional<String> publicUrl;

  /** Whether the sandbox networks are served at all (false: every sandbox path is a 404). */
  public boolean enabled() {
    return enabled;
  }

  /** How often the generator adds activity; zero when it is off. */
  public Duration activityInterval() {
    return parse(activityInterval, Duration.ofSeconds(30));
  }

  /** How long a TIMEOUT fault holds the response, at most five minutes. */
  public Duration timeoutDelay() {
    Duration d = parse(timeoutDelay, Duration.ofSeconds(30));
    return d.compareTo(Duration.ofMinutes(5)) > 0 ? Duration.ofMinutes(5) : d;
  }

  /** The configured public base URL, if any. */
  public Optional<String> publicUrl() {
    return publicUrl.filter(s -> !s.isBlank());
  }

  static Duration parse(String value, Duration fallback) {
    try {
      Duration d = Duration.parse(value.trim());
      return d.isNegative() ? Duration.ZERO : d;
    } catch (RuntimeException e) {
      return fallback;
    }
  }
}
