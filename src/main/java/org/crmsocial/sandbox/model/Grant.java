package org.crmsocial.sandbox.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A user's consent to the app: the permissions granted and those declined (unticked on Facebook).
 * Revoking it invalidates every token issued under it.
 */
public record Grant(
    long id,
    Network network,
    String clientId,
    long userId,
    List<String> granted,
    List<String> declined,
    OffsetDateTime revokedAt) {

  /** Whether the consent includes this permission. */
  public boolean has(String scope) {
    return granted.contains(scope);
  }
}
