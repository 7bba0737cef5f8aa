package org.crmsocial.sandbox.model;

/**
 * What an item is: a post (Facebook post, tweet, Google+ activity), a comment (Facebook or Google+;
 * Twitter replies are posts with a parent), a retweet, or a private message (Messenger, DM).
 */
public enum ItemKind {
  POST,
  COMMENT,
  RETWEET,
  MESSAGE
}
