package org.crmsocial.social.provider.model;

/**
 * What a network answered to a write.
 *
 * @param externalId the id of what was created (post, comment, tweet, message); null for likes,
 *     retweets and favourites, which create nothing with an id of its own
 * @param conversationId the conversation the message went to (Twitter DMs), else null
 */
public record WriteResult(String externalId, String conversationId) {

  public static WriteResult of(String externalId) {
    return new WriteResult(externalId, null);
  }

  public static WriteResult done() {
    return new WriteResult(null, null);
  }
}
