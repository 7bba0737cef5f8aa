package org.crmsocial.security.control;

import java.io.Serializable;
import org.crmsocial.security.entity.Profile;

/** A profile with the number of users who hold it, for the profile list. */
public record ProfileSummary(Profile profile, long users) implements Serializable {

  /** For Expression Language 5, which does not see record accessors. */
  public Profile getProfile() {
    return profile;
  }

  public long getUsers() {
    return users;
  }
}
