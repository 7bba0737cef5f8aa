package org.crmsocial.social.provider.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * The tokens a network granted, with what they allow. After a refresh, store the whole new grant:
 * Twitter rotates the refresh token on every refresh and the old one stops working. {@link
 * #toString()} never shows a token.
 *
 * @param accessToken the access token, never null
 * @param refreshToken the refresh token; null where the network has none (Facebook)
 * @param expiresAt when the access token stops working; null if the network did not say
 * @param scopes the permissions the person granted (Facebook: those with status {@code granted})
 */
public record TokenGrant(
    String accessToken, String refreshToken, Instant expiresAt, Set<String> scopes) {

  public TokenGrant {
    Objects.requireNonNull(accessToken, "accessToken");
    scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
  }

  public boolean refreshable() {
    return refreshToken != null;
  }

  /** Never shows a token. */
  @Override
  public String toString() {
    return "TokenGrant[accessToken=***, refreshToken=%s, expiresAt=%s, scopes=%s]"
        .formatted(refreshToken == null ? null : "***", expiresAt, scopes);
  }
}
