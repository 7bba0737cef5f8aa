package org.crmsocial.social.settings.control;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.crmsocial.social.provider.model.AuthorizationRequest;
import org.crmsocial.social.provider.model.Network;

/**
 * The authorizations this browser session has started and not yet finished, by {@code state}. A
 * state is good once, in the session that started it, for ten minutes: {@link #take} removes it, so
 * a replayed or forged callback finds nothing. Holds the PKCE verifier, which never leaves the
 * server. At most a few are kept (a person may start and abandon several popups).
 */
@SessionScoped
public class PendingAuthorizations implements Serializable {

  private static final long serialVersionUID = 1L;
  static final Duration LIFETIME = Duration.ofMinutes(10);
  private static final int MAX = 5;

  /**
   * One started authorization; {@code reauthorize} names the account being re-authorized, or null.
   */
  record Pending(
      Network network,
      String url,
      String state,
      String redirectUri,
      String codeVerifier,
      Long reauthorize,
      Instant at)
      implements Serializable {

    AuthorizationRequest request() {
      return new AuthorizationRequest(url, state, redirectUri, codeVerifier);
    }

    @Override
    public String toString() {
      return "Pending[network=" + network + ", state=" + state + "]";
    }
  }

  private final Map<String, Pending> byState = new LinkedHashMap<>();

  synchronized void put(Network network, AuthorizationRequest request, Long reauthorize) {
    Iterator<String> oldest = byState.keySet().iterator();
    while (byState.size() >= MAX && oldest.hasNext()) {
      oldest.next();
      oldest.remove();
    }
    byState.put(
        request.state(),
        new Pending(
            network,
            request.url(),
            request.state(),
            request.redirectUri(),
            request.codeVerifier(),
            reauthorize,
            Instant.now()));
  }

  /**
   * The pending authorization of {@code state} for {@code network}, removed; null if none is valid.
   */
  synchronized Pending take(Network network, String state) {
    if (state == null) {
      return null;
    }
    Pending pending = byState.remove(state);
    if (pending == null
        || pending.network() != network
        || pending.at().plus(LIFETIME).isBefore(Instant.now())) {
      return null;
    }
    return pending;
  }
}
