package org.crmsocial.social.sync.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sync's configuration (DESIGN.md §6): {@code crmsocial.sync.interval}, an ISO-8601 duration
 * (default {@code PT1M}; {@code PT10S} in the quick start), at least one second; and {@code
 * crmsocial.sync.pages-per-run}, how many pages one stream reads in one run before it continues in
 * the next (default 20); {@code crmsocial.sync.full-walk-interval}, an ISO-8601 duration (default
 * {@code PT24H}): how often every page of a stream is read again by its full walk ({@link
 * FullWalk}), besides after a link or re-authorization; {@code crmsocial.sync.timer} (default
 * {@code true}), whether the timers' ticks sync at all.
 */
@ApplicationScoped
public class SyncSettings {

  static final Duration SHORTEST = Duration.ofSeconds(1);

  @Inject
  @ConfigProperty(name = "crmsocial.sync.interval", defaultValue = "PT1M")
  String interval;

  @Inject
  @ConfigProperty(name = "crmsocial.sync.pages-per-run", defaultValue = "20")
  int pagesPerRun;

  @Inject
  @ConfigProperty(name = "crmsocial.sync.full-walk-interval", defaultValue = "PT24H")
  String fullWalkInterval;

  @Inject
  @ConfigProperty(name = "crmsocial.sync.timer", defaultValue = "true")
  boolean timer = true;

  /**
   * Whether the timers sync the accounts at their interval; off (the test server), only Sync now
   * and the tests drive the sync, and the timers merely follow each account's status.
   */
  public boolean timer() {
    return timer;
  }

  /** How often each active account is synced. */
  public Duration interval() {
    return parse("crmsocial.sync.interval", interval);
  }

  /** How long after a full walk of a stream ends the next one is due. */
  public Duration fullWalkInterval() {
    return parse("crmsocial.sync.full-walk-interval", fullWalkInterval);
  }

  /** The most pages one stream reads in one run. */
  public int pagesPerRun() {
    return Math.max(1, pagesPerRun);
  }

  static Duration parse(String key, String value) {
    try {
      Duration d = Duration.parse(value.strip());
      return d.compareTo(SHORTEST) < 0 ? SHORTEST : d;
    } catch (DateTimeParseException | NullPointerException e) {
      throw new IllegalStateException(
          key + " must be an ISO-8601 duration such as PT1M or PT10S, not " + value, e);
    }
  }
}
