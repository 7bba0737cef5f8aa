package org.crmsocial.security.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.crmsocial.platform.boundary.Messages;
import org.crmsocial.security.control.ProfileService;
import org.crmsocial.security.control.ProfileSummary;
import org.crmsocial.security.entity.Profile;

/** {@code setup/profiles/index.xhtml}: Security Control &gt; Profiles, with clone and delete. */
@Named
@ViewScoped
public class ProfileListView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProfileService profiles;

  private List<ProfileSummary> rows;
  private Long cloneSourceId;
  private String cloneName;

  @PostConstruct
  void init() {
    rows = profiles.list();
  }

  /** Opens the clone dialog for {@code source}, with a suggested name. */
  public void prepareClone(Profile source) {
    cloneSourceId = source.getId();
    cloneName = Messages.text("security.profiles.cloneNameSuggestion", source.getName());
  }

  public void cloneProfile() throws IOException {
    // a refusal shows next to the name (refusalsFor on the button)
    Profile clone = profiles.cloneProfile(cloneSourceId, cloneName);
    Messages.info("security.profiles.cloned", clone.getName());
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(
        external.getRequestContextPath() + "/app/setup/profiles/edit.xhtml?id=" + clone.getId());
  }

  public void delete(Profile profile) {
    try {
      profiles.delete(profile.getId(), profile.getVersion());
      Messages.info("security.profiles.deleted", profile.getName());
    } finally {
      rows = profiles.list(); // refused too: the list as it now is
    }
  }

  public List<ProfileSummary> getRows() {
    return rows;
  }

  public String getCloneName() {
    return cloneName;
  }

  public void setCloneName(String cloneName) {
    this.cloneName = cloneName;
  }
}
