package org.crmsocial.sandbox.model;

import java.time.OffsetDateTime;

/**
 * A token the sandbox issued, found by the SHA-256 of its value (the value itself is never stored).
 * A page token acts as its page; a token without an expiry never expires (Facebook page tokens from
 * a long-lived user token).
 */
public record Token(
    String hash,
    TokenKind kind,
    Grant grant,
    Long pageId,
    boolean longLived,
    OffsetDateTime expiresAt,
    OffsetDateTime revokedAt) {

  /** Whether the token is expired at the given time. */
  public boolean expiredAt(OffsetDateTime now) {
    return expiresAt != null && !expiresAt.isAfter(now);
  }

  /** Whether the token, or the consent it was issued under, was revoked. */
  public boolean revoked() {
    return revokedAt != null || grant.revokedAt() != null;
  }
}
