package org.crmsocial.social.people.control;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One page of a person's tweets as Twitter returned it, read live (S-12). Text is untrusted and
 * escaped by the page.
 *
 * @param nextCursor Twitter's token for the next (older) page, null on the last page
 */
public record TweetPage(List<Tweet> tweets, String nextCursor) implements Serializable {

  public TweetPage {
    tweets = List.copyOf(tweets);
  }

  /**
   * One tweet of the history.
   *
   * @param html its text with its links, sanitized again when shown; null when it has no links
   */
  public record Tweet(
      String id,
      String text,
      OffsetDateTime createdAt,
      String permalink,
      long likes,
      long replies,
      long retweets,
      String html)
      implements Serializable {}
}
