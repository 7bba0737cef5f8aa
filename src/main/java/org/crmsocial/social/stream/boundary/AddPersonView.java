package org.crmsocial.social.stream.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.crmsocial.platform.boundary.Messages;
import org.crmsocial.social.people.control.PeopleService;

/**
 * "+ Add" on an Unknown person of a stream: creates a lead or contact from them (S-20: source
 * Social tab), through {@link PeopleService}, which checks the rules. The search results shown
 * (live, not read again) show the new record too.
 */
@Named
@ViewScoped
public class AddPersonView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PeopleService people;
  @Inject TwitterSearchView search;

  public void addLead(long personId) {
    long id = people.createLead(personId);
    search.madeRecord(personId, id, null);
    Messages.info("social.stream.add.leadCreated", id);
  }

  public void addContact(long personId) {
    long id = people.createContact(personId);
    search.madeRecord(personId, null, id);
    Messages.info("social.stream.add.contactCreated", id);
  }
}
