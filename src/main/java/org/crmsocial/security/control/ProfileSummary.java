package org.crmsocial.security.control;

import org.crmsocial.security.entity.Profile;

/** A profile with the number of users who hold it, for the profile list. */
public record ProfileSummary(Profile profile, long users) {

  /** For Expression Language 5, which does not see record accessors. */
  public Profile getProfile() {
    return profile;
  }

  public long getUsers() {
    return users;
  }
}
