package org.crmsocial.social.provider.model;

/**
 * A social network the product speaks to. Each knows the prefix of its configuration keys ({@code
 * crmsocial.<configKey>.*}) and the path segment of its OAuth URLs ({@code
 * /social/connect/<path>}).
 */
public enum Network {
  FACEBOOK("Facebook", "facebook", "facebook"),
  TWITTER("Twitter", "twitter", "twitter"),
  GOOGLE_PLUS("Google+", "google", "googleplus");

  private final String displayName;
  private final String configKey;
  private final String path;

  Network(String displayName, String configKey, String path) {
    this.displayName = displayName;
    this.configKey = configKey;
    this.path = path;
  }

  /** The name an administrator knows, such as {@code Google+}. */
  public String displayName() {
    return displayName;
  }

  /**
   * The middle part of this network's configuration keys: {@code facebook}, {@code twitter}, {@code
   * google}.
   */
  public String configKey() {
    return configKey;
  }

  /** The URL path segment: {@code facebook}, {@code twitter}, {@code googleplus}. */
  public String path() {
    return path;
  }
}
