package org.crmsocial.security.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.crmsocial.platform.boundary.Messages;
import org.crmsocial.platform.control.NotFound;
import org.crmsocial.security.control.ProfileChanges;
import org.crmsocial.security.control.ProfileService;
import org.crmsocial.security.entity.Profile;

/**
 * {@code setup/profiles/edit.xhtml}: a profile's name, administrative flag and its Social
 * permissions section (S-24): Manage Social with its two parts. Manage Social is shown disabled
 * where it is locked (S-28); the server refuses it there too.
 */
@Named
@ViewScoped
public class ProfileEditView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProfileService profiles;

  private String id;
  private long profileId;
  private long version;
  private boolean system;
  private boolean manageSocialEditable;
  private String name;
  private String description;
  private boolean administrative;
  private boolean manageSocial;
  private boolean socialDetailPage;
  private boolean socialTab;

  /** View action: loads the profile named by {@code id}; 404 when there is none. */
  public void load() {
    if (profileId != 0) {
      return;
    }
    try {
      profileId = Long.parseLong(id == null ? "" : id.strip());
    } catch (NumberFormatException e) {
      throw new NotFound("profile", id);
    }
    show(profiles.find(profileId));
  }

  public void save() {
    Profile saved =
        profiles.update(
            profileId,
            version,
            new ProfileChanges(
                name, description, administrative, manageSocial, socialDetailPage, socialTab));
    show(saved);
    Messages.info("security.profile.saved", saved.getName());
  }

  private void show(Profile profile) {
    version = profile.getVersion();
    system = profile.isSystem();
    manageSocialEditable = profile.isManageSocialEditable();
    name = profile.getName();
    description = profile.getDescription();
    administrative = profile.isAdministrative();
    manageSocial = profile.isManageSocial();
    socialDetailPage = profile.isSocialDetailPage();
    socialTab = profile.isSocialTab();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public boolean isSystem() {
    return system;
  }

  public boolean isManageSocialEditable() {
    return manageSocialEditable;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public boolean isAdministrative() {
    return administrative;
  }

  public void setAdministrative(boolean administrative) {
    this.administrative = administrative;
  }

  public boolean isManageSocial() {
    return manageSocial;
  }

  public void setManageSocial(boolean manageSocial) {
    this.manageSocial = manageSocial;
  }

  public boolean isSocialDetailPage() {
    return socialDetailPage;
  }

  public void setSocialDetailPage(boolean socialDetailPage) {
    this.socialDetailPage = socialDetailPage;
  }

  public boolean isSocialTab() {
    return socialTab;
  }

  public void setSocialTab(boolean socialTab) {
    this.socialTab = socialTab;
  }
}
