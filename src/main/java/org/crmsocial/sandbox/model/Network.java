package org.crmsocial.sandbox.model;

import java.util.List;
import java.util.Optional;

/**
 * One simulated network: its path segment under {@code /sandbox}, the one registered app the
 * sandbox accepts, the callback segment of the product's {@code redirect_uri}, and the permissions
 * it knows.
 */
public enum Network {
  FACEBOOK(
      "facebook",
      "crm-social-sandbox-facebook",
      "facebook",
      List.of(
          "public_profile",
          "pages_show_list",
          "pages_read_engagement",
          "pages_manage_posts",
          "pages_manage_engagement",
          "pages_messaging",
          "pages_read_user_content")),
  TWITTER(
      "twitter",
      "crm-social-sandbox-twitter",
      "twitter",
      List.of(
          "tweet.read",
          "tweet.write",
          "users.read",
          "like.read",
          "like.write",
          "dm.read",
          "dm.write",
          "offline.access")),
  GOOGLE(
      "google",
      "crm-social-sandbox-google",
      "googleplus",
      List.of(
          "https://www.googleapis.com/auth/plus.me",
          "https://www.googleapis.com/auth/plus.stream.read",
          "https://www.googleapis.com/auth/plus.stream.write",
          "https://www.googleapis.com/auth/plus.pages.manage",
          "profile",
          "email",
          "openid"));

  /** The client secret of every registered sandbox app. */
  public static final String CLIENT_SECRET = "sandbox-secret";

  private final String path;
  private final String clientId;
  private final String callback;
  private final List<String> scopes;

  Network(String path, String clientId, String callback, List<String> scopes) {
    this.path = path;
    this.clientId = clientId;
    this.callback = callback;
    this.scopes = scopes;
  }

  /** The segment under {@code /sandbox}: {@code facebook}, {@code twitter}, {@code google}. */
  public String path() {
    return path;
  }

  /** The one client id this network's sandbox accepts. */
  public String clientId() {
    return clientId;
  }

  /** The path every accepted {@code redirect_uri} must have. */
  public String callbackPath() {
    return "/social/callback/" + callback;
  }

  /** The permissions (scopes) this network knows; others are refused at the consent page. */
  public List<String> scopes() {
    return scopes;
  }

  /** The path of the sandbox's own session cookie for this network. */
  public String cookiePath() {
    return "/sandbox/" + path;
  }

  /** The network of a path segment, if any. */
  public static Optional<Network> ofPath(String path) {
    for (Network n : values()) {
      if (n.path.equals(path)) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }
}
