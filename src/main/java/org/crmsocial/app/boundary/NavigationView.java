package org.crmsocial.app.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.crmsocial.security.control.AccessPolicy;

/** What the menu offers the signed-in user; the pages and services check the same rules again. */
@Named("nav")
@RequestScoped
public class NavigationView {

  @Inject AccessPolicy policy;

  public boolean isAdministrator() {
    return policy.canAdminister();
  }

  public boolean isSuperAdmin() {
    return policy.isSuperAdmin();
  }

  public boolean isManageSocial() {
    return policy.canManageSocial();
  }

  public boolean isSetup() {
    return isAdministrator() || isManageSocial();
  }

  /** The Social menu: shown with its upgrade notice when the edition lacks Social (S-7). */
  public boolean isSocial() {
    return !policy.socialInEdition() || policy.canOpenSocialTab();
  }

  public boolean isSocialInEdition() {
    return policy.socialInEdition();
  }
}
