package org.crmsocial.social.settings.entity;

import java.util.List;
import org.crmsocial.platform.control.Translated;
import org.crmsocial.social.provider.model.Network;

/**
 * What a profile may be allowed to do with a linked account: the rows of the Actions matrix
 * (DESIGN.md §2). Each network offers its own list, in the order the matrix shows them (S-8, S-12,
 * S-14). Each action needs one permission granted at consent; without it the action is unavailable
 * until the account is re-authorized.
 */
public enum SocialAction {
  VIEW,
  POST,
  COMMENT,
  LIKE,
  MESSAGE_REPLY,
  TWEET,
  RETWEET,
  REPLY,
  FAVOURITE,
  SEARCH,
  DM_REPLY,
  LEAD_HISTORY;

  private static final String GOOGLE = "https://www.googleapis.com/auth/";

  /** The action's name as the Actions matrix shows it, for a message argument. */
  public Translated label() {
    return new Translated("social.action." + name());
  }

  /** The actions a network offers, in matrix order. */
  public static List<SocialAction> of(Network network) {
    return switch (network) {
      case FACEBOOK -> List.of(VIEW, POST, COMMENT, LIKE, MESSAGE_REPLY);
      case TWITTER ->
          List.of(VIEW, TWEET, RETWEET, REPLY, FAVOURITE, SEARCH, DM_REPLY, LEAD_HISTORY);
      case GOOGLE_PLUS -> List.of(VIEW, POST, COMMENT);
    };
  }

  /** Whether {@code network} offers this action. */
  public boolean offeredBy(Network network) {
    return of(network).contains(this);
  }

  /** The permission (scope) this action needs on {@code network}, as the network names it. */
  public String requiredScope(Network network) {
    if (!offeredBy(network)) {
      throw new IllegalArgumentException(this + " is not offered by " + network);
    }
    return switch (network) {
      case FACEBOOK ->
          switch (this) {
            case POST -> "pages_manage_posts";
            case COMMENT, LIKE -> "pages_manage_engagement";
            case MESSAGE_REPLY -> "pages_messaging";
            default -> "pages_read_engagement";
          };
      case TWITTER ->
          switch (this) {
            case TWEET, RETWEET, REPLY -> "tweet.write";
            case FAVOURITE -> "like.write";
            case DM_REPLY -> "dm.write";
            default -> "tweet.read";
          };
      case GOOGLE_PLUS -> this == VIEW ? GOOGLE + "plus.stream.read" : GOOGLE + "plus.stream.write";
    };
  }
}
