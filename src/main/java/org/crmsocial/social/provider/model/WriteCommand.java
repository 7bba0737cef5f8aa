package org.crmsocial.social.provider.model;

import java.util.Objects;

/**
 * A write to perform on a network. Which of {@code ownerId} and {@code targetId} a kind needs is
 * said on each {@link WriteKind}.
 *
 * @param kind what to do, never null
 * @param accessToken the token to write with: the page token for Facebook page writes
 * @param ownerId the page id or the account's user id, where the kind needs it
 * @param targetId the item or person the write is about, where the kind needs it
 * @param text the text to publish; null for likes, retweets and favourites
 */
public record WriteCommand(
    WriteKind kind, String accessToken, String ownerId, String targetId, String text) {

  public WriteCommand {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(accessToken, "accessToken");
  }

  /** A write with a token sealed by the settings feature (every caller outside the providers). */
  public static WriteCommand of(
      WriteKind kind, SealedToken token, String ownerId, String targetId, String text) {
    return new WriteCommand(kind, token.reveal(), ownerId, targetId, text);
  }

  /** Never shows the token. */
  @Override
  public String toString() {
    return "WriteCommand[kind=%s, ownerId=%s, targetId=%s, text=%s]"
        .formatted(kind, ownerId, targetId, text == null ? null : text.length() + " characters");
  }
}
