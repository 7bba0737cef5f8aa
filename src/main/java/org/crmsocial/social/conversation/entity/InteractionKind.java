package org.crmsocial.social.conversation.entity;

import org.crmsocial.social.provider.model.ItemKind;

/** What an interaction is (DESIGN.md §2). LIKE and FAVOURITE are the account's own reactions. */
public enum InteractionKind {
  POST,
  COMMENT,
  LIKE,
  TWEET,
  RETWEET,
  REPLY,
  MENTION,
  FAVOURITE,
  MESSAGE;

  /** The kind of an item read from a network. */
  public static InteractionKind of(ItemKind kind) {
    return switch (kind) {
      case POST -> POST;
      case COMMENT -> COMMENT;
      case TWEET -> TWEET;
      case REPLY -> REPLY;
      case RETWEET -> RETWEET;
      case MENTION -> MENTION;
      case MESSAGE -> MESSAGE;
    };
  }
}
