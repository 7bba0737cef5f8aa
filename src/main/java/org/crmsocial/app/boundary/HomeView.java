package org.crmsocial.app.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.crmsocial.crm.control.ContactService;
import org.crmsocial.crm.control.LeadService;

/** {@code app/home.xhtml}: where a signed-in user lands. */
@Named
@RequestScoped
public class HomeView {

  @Inject LeadService leads;
  @Inject ContactService contacts;

  private long leadCount;
  private long contactCount;

  @PostConstruct
  void init() {
    leadCount = leads.count("");
    contactCount = contacts.count("");
  }

  public long getLeadCount() {
    return leadCount;
  }

  public long getContactCount() {
    return contactCount;
  }
}
