package org.crmsocial.sandbox.model;

/** An access token of a user, a refresh token, or a Facebook page token. */
public enum TokenKind {
  ACCESS,
  REFRESH,
  PAGE
}
