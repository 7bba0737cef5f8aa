package org.crmsocial.social.provider.model;

/**
 * A stream a client can read page by page. {@link #synced()} streams are those the sync follows for
 * every active account (DESIGN §4); the others are read on demand for one subject (a post's
 * comments, a search query, a person's tweets).
 */
public enum NetworkStream {
  /** A page's feed with the first comments and the like and comment counts (owner: page id). */
  FACEBOOK_PAGE_FEED(Network.FACEBOOK, true, false),
  /** The comments of one post or comment (subject: its id). */
  FACEBOOK_COMMENTS(Network.FACEBOOK, false, true),
  /** A page's Messenger conversations with their latest messages (owner: page id). */
  FACEBOOK_CONVERSATIONS(Network.FACEBOOK, true, false),
  /** All messages of one page conversation, newest first (subject: the conversation id). */
  FACEBOOK_CONVERSATION_MESSAGES(Network.FACEBOOK, false, true),
  /** The brand account's own tweets (owner: the account's user id). */
  TWITTER_OWN_TWEETS(Network.TWITTER, true, false),
  /** Tweets that mention the brand account (owner: the account's user id). */
  TWITTER_MENTIONS(Network.TWITTER, true, false),
  /** The account's direct message events. */
  TWITTER_DIRECT_MESSAGES(Network.TWITTER, true, false),
  /** Recent search (subject: the query, in the X API's search syntax). */
  TWITTER_SEARCH(Network.TWITTER, false, true),
  /** One person's tweets (subject: the person's user id, see {@code findPerson}). */
  TWITTER_USER_TWEETS(Network.TWITTER, false, true),
  /** A Google+ page's public activities (owner: page id). */
  GOOGLE_PAGE_ACTIVITIES(Network.GOOGLE_PLUS, true, false),
  /** The comments of one activity (owner: page id, subject: activity id). */
  GOOGLE_ACTIVITY_COMMENTS(Network.GOOGLE_PLUS, false, true);

  private final Network network;
  private final boolean synced;
  private final boolean needsSubject;

  /** Whether the stream holds private messages (answered one by one, never by a public post). */
  public boolean privateMessages() {
    return this == FACEBOOK_CONVERSATIONS
        || this == FACEBOOK_CONVERSATION_MESSAGES
        || this == TWITTER_DIRECT_MESSAGES;
  }

  NetworkStream(Network network, boolean synced, boolean needsSubject) {
    this.network = network;
    this.synced = synced;
    this.needsSubject = needsSubject;
  }

  public Network network() {
    return network;
  }

  /** Whether the sync follows this stream for every active account. */
  public boolean synced() {
    return synced;
  }

  /** Whether a {@link StreamQuery} for this stream must name a subject. */
  public boolean needsSubject() {
    return needsSubject;
  }
}
