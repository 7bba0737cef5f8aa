package org.crmsocial.security.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.crmsocial.platform.boundary.Messages;
import org.crmsocial.security.control.OrganizationService;
import org.crmsocial.security.entity.Edition;
import org.crmsocial.security.entity.Organization;

/**
 * {@code setup/organization.xhtml}: the organization's edition (S-7), for the super administrator.
 */
@Named
@ViewScoped
public class OrganizationView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject OrganizationService organizations;

  private String name;
  private Edition edition;

  @PostConstruct
  void init() {
    Organization org = organizations.current();
    name = org.getName();
    edition = org.getEdition();
  }

  public void save() {
    edition = organizations.changeEdition(edition).getEdition();
    Messages.info("platform.organization.saved");
  }

  public Edition[] getEditions() {
    return Edition.values();
  }

  public String getName() {
    return name;
  }

  public Edition getEdition() {
    return edition;
  }

  public void setEdition(Edition edition) {
    this.edition = edition;
  }
}
