package org.crmsocial.sandbox.model;

/** A failure the next API calls of a network answer with, as that network would send it. */
public enum FaultKind {
  HTTP_500,
  RATE_LIMIT,
  TIMEOUT,
  TOKEN_EXPIRED
}
