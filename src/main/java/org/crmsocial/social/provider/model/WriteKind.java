package org.crmsocial.social.provider.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * A write a client can perform, with the networks that offer it. Google+ never offered a +1 or
 * private messages through its API, so it has only posts and comments.
 */
public enum WriteKind {
  /** A new post on the page (Facebook page feed, Google+ page activity). Owner: page id. */
  POST(EnumSet.of(Network.FACEBOOK, Network.GOOGLE_PLUS)),
  /** A comment on a post, comment or activity. Target: its id (Google+: owner is the page id). */
  COMMENT(EnumSet.of(Network.FACEBOOK, Network.GOOGLE_PLUS)),
  /** A like of a post or comment as the page. Target: its id. */
  LIKE(EnumSet.of(Network.FACEBOOK)),
  /** A Messenger reply from the page. Owner: page id; target: the person's id. */
  MESSAGE_REPLY(EnumSet.of(Network.FACEBOOK)),
  /** A new tweet. */
  TWEET(EnumSet.of(Network.TWITTER)),
  /** A tweet answering another. Target: the tweet's id. */
  REPLY(EnumSet.of(Network.TWITTER)),
  /** A retweet. Owner: the account's user id; target: the tweet's id. */
  RETWEET(EnumSet.of(Network.TWITTER)),
  /** A like (favourite) of a tweet. Owner: the account's user id; target: the tweet's id. */
  FAVOURITE(EnumSet.of(Network.TWITTER)),
  /** A direct message to a person. Target: the person's user id. */
  DM_REPLY(EnumSet.of(Network.TWITTER));

  private final Set<Network> networks;

  WriteKind(Set<Network> networks) {
    this.networks = networks;
  }

  public boolean offeredBy(Network network) {
    return networks.contains(network);
  }
}
