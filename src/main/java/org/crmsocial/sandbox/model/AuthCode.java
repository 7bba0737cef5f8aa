package org.crmsocial.sandbox.model;

import java.time.OffsetDateTime;

/**
 * An authorization code: issued on consent, exchanged once, short lived. It remembers the {@code
 * redirect_uri} and the PKCE challenge of the authorization request, which the token request must
 * match.
 */
public record AuthCode(
    String hash,
    Grant grant,
    String redirectUri,
    String codeChallenge,
    String challengeMethod,
    boolean offline,
    OffsetDateTime expiresAt,
    OffsetDateTime usedAt) {}
