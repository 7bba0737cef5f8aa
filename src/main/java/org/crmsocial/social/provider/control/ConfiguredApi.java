package org.crmsocial.social.provider.control;

import com.github.scribejava.core.builder.api.DefaultApi20;
import java.util.Map;

/**
 * A network's OAuth 2.0 API for {@link OAuthFlow}: ScribeJava's description of it ({@link
 * #scribe()}, the library's own provider class where it has one, subclassed) with every endpoint
 * taken from {@link ClientSettings}, never from the library's constants, so the same flow works
 * against the real network and the sandbox; token answers are read by {@link JsonTokenExtractor}.
 * Beside it, what the authorization request carries, which ScribeJava leaves to the caller.
 */
interface ConfiguredApi {

  /** ScribeJava's description of the network's endpoints, with the configured hosts. */
  DefaultApi20 scribe();

  ClientSettings settings();

  /** The scopes to ask for, joined as the network wants them. */
  String scope();

  /** Whether the network takes PKCE (S256). */
  boolean pkce();

  /** Parameters the authorization URL carries beyond the standard ones. */
  default Map<String, String> extraAuthorizationParameters() {
    return Map.of();
  }
}
