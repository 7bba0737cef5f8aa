package org.crmsocial.social.provider.model;

import java.util.Objects;

/**
 * A page the signed-in account manages (Facebook page, Google+ page). {@link #toString()} never
 * shows the page token.
 *
 * @param id the network's page id, never null
 * @param name the page's name
 * @param accessToken the page token (Facebook; it does not expire when taken from a long-lived user
 *     token); null where the network acts on behalf of the page with the user token (Google+)
 * @param category the page's category, if the network gave one
 * @param url the page's URL, if the network gave one
 */
public record NetworkPage(String id, String name, String accessToken, String category, String url) {

  public NetworkPage {
    Objects.requireNonNull(id, "id");
  }

  /** Never shows the token. */
  @Override
  public String toString() {
    return "NetworkPage[id=%s, name=%s, accessToken=%s, category=%s, url=%s]"
        .formatted(id, name, accessToken == null ? null : "***", category, url);
  }
}
