package org.crmsocial.social.provider.model;

/**
 * The engagement counts a network reports for an item at the time it was read; zero where the
 * network does not count that thing.
 *
 * @param likes likes, favourites or +1s
 * @param replies comments or replies
 * @param shares shares, retweets or reshares
 */
public record ItemCounts(long likes, long replies, long shares) {

  public static final ItemCounts NONE = new ItemCounts(0, 0, 0);
}
