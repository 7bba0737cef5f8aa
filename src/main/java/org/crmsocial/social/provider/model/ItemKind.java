package org.crmsocial.social.provider.model;

/**
 * What a {@link NetworkItem} is on its network; the names match the interaction kinds of the CRM.
 */
public enum ItemKind {
  /** A post on a Facebook page or a Google+ page activity. */
  POST,
  /** A comment on a post or an activity. */
  COMMENT,
  /** A tweet that is neither a reply nor a retweet. */
  TWEET,
  /** A tweet that answers another tweet. */
  REPLY,
  /** A retweet of another tweet. */
  RETWEET,
  /** A tweet that mentions the brand account. */
  MENTION,
  /** A private message: a Facebook page conversation message or a Twitter direct message. */
  MESSAGE
}
