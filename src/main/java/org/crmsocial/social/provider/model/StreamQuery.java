package org.crmsocial.social.provider.model;

import java.util.Objects;

/**
 * What to read: one page of one stream. Build it with {@link #of} and the {@code with…} methods; a
 * client refuses a query without the subject its stream {@linkplain NetworkStream#needsSubject()
 * needs}.
 *
 * @param stream the stream, never null
 * @param accessToken the token to call with: the page token for Facebook page streams, the user
 *     token otherwise
 * @param ownerId the page id (Facebook, Google+) or the account's user id (Twitter own tweets,
 *     mentions); null where the stream has no owner
 * @param subject the post, activity, query or person the stream is about, where {@link
 *     NetworkStream#needsSubject()}
 * @param cursor the {@link StreamPage#nextCursor()} of the previous page, null for the first page
 * @param since the {@link StreamPage#newestMarker()} of an earlier read: only newer items are
 *     wanted
 * @param limit the page size wanted, null for the client's default
 */
public record StreamQuery(
    NetworkStream stream,
    String accessToken,
    String ownerId,
    String subject,
    String cursor,
    String since,
    Integer limit) {

  public StreamQuery {
    Objects.requireNonNull(stream, "stream");
    Objects.requireNonNull(accessToken, "accessToken");
  }

  public static StreamQuery of(NetworkStream stream, String accessToken, String ownerId) {
    return new StreamQuery(stream, accessToken, ownerId, null, null, null, null);
  }

  /** A query with a token sealed by the settings feature (every caller outside the providers). */
  public static StreamQuery of(NetworkStream stream, SealedToken token, String ownerId) {
    return of(stream, token.reveal(), ownerId);
  }

  public StreamQuery withSubject(String value) {
    return new StreamQuery(stream, accessToken, ownerId, value, cursor, since, limit);
  }

  public StreamQuery withCursor(String value) {
    return new StreamQuery(stream, accessToken, ownerId, subject, value, since, limit);
  }

  public StreamQuery withSince(String value) {
    return new StreamQuery(stream, accessToken, ownerId, subject, cursor, value, limit);
  }

  public StreamQuery withLimit(Integer value) {
    return new StreamQuery(stream, accessToken, ownerId, subject, cursor, since, value);
  }

  /** Never shows the token. */
  @Override
  public String toString() {
    return "StreamQuery[stream=%s, ownerId=%s, subject=%s, cursor=%s, since=%s, limit=%s]"
        .formatted(stream, ownerId, subject, cursor, since, limit);
  }
}
