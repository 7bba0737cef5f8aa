package org.crmsocial.social.provider.model;

import java.util.Objects;

/**
 * A person (or page) as a network shows them. {@code id} is the network's raw user id and the only
 * stable key: handles and names change. Every other field may be null (Facebook has no handle and
 * hides some authors; Google+ has no handle).
 *
 * @param id the network's user id, never null
 * @param handle the {@code @username} without the {@code @} (Twitter), else null
 * @param displayName the name shown on the network
 * @param avatarUrl the picture's URL, if the network gave one
 * @param profileUrl the person's page on the network, if the network gave one
 */
public record NetworkPerson(
    String id, String handle, String displayName, String avatarUrl, String profileUrl) {

  public NetworkPerson {
    Objects.requireNonNull(id, "id");
  }

  /** A person known only by id (the network did not expand the rest). */
  public static NetworkPerson ofId(String id) {
    return new NetworkPerson(id, null, null, null, null);
  }
}
