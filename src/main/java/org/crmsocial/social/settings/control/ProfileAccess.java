package org.crmsocial.social.settings.control;

import java.io.Serializable;

/** One row of the Access tab: a profile and whether its users may open the Social tab (S-27). */
public final class ProfileAccess implements Serializable {

  private static final long serialVersionUID = 1L;
  private final long profileId;
  private final String name;
  private boolean socialTab;

  public ProfileAccess(long profileId, String name, boolean socialTab) {
    this.profileId = profileId;
    this.name = name;
    this.socialTab = socialTab;
  }

  public long getProfileId() {
    return profileId;
  }

  public String getName() {
    return name;
  }

  public boolean isSocialTab() {
    return socialTab;
  }

  public void setSocialTab(boolean socialTab) {
    this.socialTab = socialTab;
  }
}
