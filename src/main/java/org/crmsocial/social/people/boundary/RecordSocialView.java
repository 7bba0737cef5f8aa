package org.crmsocial.social.people.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.crmsocial.platform.boundary.Messages;
import org.crmsocial.platform.boundary.ServiceLazyModel;
import org.crmsocial.security.control.AccessPolicy;
import org.crmsocial.social.conversation.control.InteractionRow;
import org.crmsocial.social.conversation.control.RecordKind;
import org.crmsocial.social.people.control.InteractionHistoryService;
import org.crmsocial.social.people.control.PeopleService;
import org.crmsocial.social.people.control.PersonSummary;

/**
 * The social part of a lead's or contact's detail page ({@code
 * includes/social/record-social.xhtml}): the associated people with Undo, and the Social
 * Interactions related list (S-4, S-18, S-24, S-26). The page binds it to its record with {@link
 * #forRecord}; the services decide what is allowed.
 */
@Named
@ViewScoped
public class RecordSocialView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PeopleService people;
  @Inject InteractionHistoryService history;
  @Inject AccessPolicy policy;

  private RecordKind kind;
  private Long recordId;
  private Boolean integrationOn;
  private List<PersonSummary> associated;
  private ServiceLazyModel<InteractionRow> interactions;

  /**
   * Binds this view to the detail page's record and returns it; cheap when called again.
   *
   * @param pageKind {@code leads} or {@code contacts}
   */
  public RecordSocialView forRecord(String pageKind, Long id) {
    RecordKind wanted = RecordKind.ofPage(pageKind);
    if (wanted != kind || !Objects.equals(id, recordId)) {
      kind = wanted;
      recordId = id;
      integrationOn = null;
      associated = null;
      interactions = null;
    }
    return this;
  }

  /** S-18: false when no account is in use; the list says social integration is off. */
  public boolean isIntegrationOn() {
    if (integrationOn == null) {
      integrationOn = history.integrationOn();
    }
    return integrationOn;
  }

  /** S-24, S-26: whether to offer Associate and Undo (the server checks again). */
  public boolean isMayAssociate() {
    return policy.canAssociatePeople();
  }

  /** The people associated with the record. */
  public List<PersonSummary> getPeople() {
    if (associated == null) {
      associated =
          kind == RecordKind.CONTACT ? people.ofContact(recordId) : people.ofLead(recordId);
    }
    return associated;
  }

  /** S-4: the record's interactions, newest first, paged in the database. */
  public ServiceLazyModel<InteractionRow> getInteractions() {
    if (interactions == null) {
      interactions =
          new ServiceLazyModel<>(
              new ServiceLazyModel.Source<InteractionRow>() {
                private static final long serialVersionUID = 1L;

                @Override
                public long count(String search) {
                  return history.count(kind, recordId);
                }

                @Override
                public List<InteractionRow> page(
                    int first, int size, String sort, boolean asc, String search) {
                  return history.page(kind, recordId, first, size);
                }
              },
              () -> "",
              InteractionRow::id);
    }
    return interactions;
  }

  /** Associates a person found in the dialog with this record; a refusal passes to the page. */
  public void associate(long personId) {
    if (kind == RecordKind.CONTACT) {
      people.associateContact(personId, recordId);
    } else {
      people.associateLead(personId, recordId);
    }
    Messages.info("social.people.associated");
    changed();
  }

  /** Undo, after the confirmation: the person is no longer associated; the record stays (S-20). */
  public void dissociate(long personId) {
    people.dissociate(personId);
    Messages.info("social.people.dissociated");
    changed();
  }

  /** Whether the person of a search result is already associated with this very record. */
  public boolean isHere(PersonSummary person) {
    Long here = kind == RecordKind.CONTACT ? person.contactId() : person.leadId();
    return Objects.equals(here, recordId);
  }

  private void changed() {
    associated = null;
    interactions = null;
  }
}
