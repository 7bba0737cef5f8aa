package org.crmsocial.social.provider.model;

import java.util.Objects;

/**
 * An authorization the browser is being sent to: keep it in the session until the callback, check
 * the returned {@code state} against it, then pass it to the code exchange, which needs its
 * redirect URI and PKCE verifier. {@link #toString()} never shows the verifier.
 *
 * @param url where to send the browser
 * @param state the single-use value the callback must carry back
 * @param redirectUri the callback URL registered with the network
 * @param codeVerifier the PKCE verifier (Twitter, Google); null where the network has no PKCE
 */
public record AuthorizationRequest(
    String url, String state, String redirectUri, String codeVerifier) {

  public AuthorizationRequest {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(redirectUri, "redirectUri");
  }

  /** Never shows the verifier. */
  @Override
  public String toString() {
    return "AuthorizationRequest[state=%s, redirectUri=%s, pkce=%s]"
        .formatted(state, redirectUri, codeVerifier != null);
  }
}
