package org.crmsocial.social.people.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crmsocial.crm.control.ContactService;
import org.crmsocial.crm.control.LeadService;
import org.crmsocial.crm.entity.Contact;
import org.crmsocial.crm.entity.CrmRecord;
import org.crmsocial.crm.entity.Lead;
import org.crmsocial.crm.entity.RecordSource;
import org.crmsocial.platform.control.AccessDenied;
import org.crmsocial.platform.control.AuditAction;
import org.crmsocial.platform.control.AuditDetail;
import org.crmsocial.platform.control.AuditField;
import org.crmsocial.platform.control.AuditLog;
import org.crmsocial.platform.control.Clock;
import org.crmsocial.platform.control.NotFound;
import org.crmsocial.platform.control.RuleViolation;
import org.crmsocial.security.control.AccessPolicy;
import org.crmsocial.security.control.CurrentUser;
import org.crmsocial.social.conversation.entity.SocialPerson;
import org.crmsocial.social.provider.model.Network;

/**
 * People seen on the networks and their leads and contacts: create a lead or contact from a person
 * (S-20), associate a person with an existing one or undo it (S-24, S-26), find people by name or
 * handle. A person is always addressed by the stored person's id, which stands for the network's
 * stable user id: a renamed handle is the same person and keeps its association.
 *
 * <p>Rules, checked here whatever the page offers: creating needs the Social tab (S-3, S-25, S-27);
 * associating and undoing need the "Lead/Contact detail page" part, not Manage Social (S-24, S-26);
 * both need an edition with Social (S-7). Only Facebook and Twitter people can be associated
 * (S-24). Every change is written to the audit log.
 */
@Stateless
public class PeopleService {

  /** Most people one search returns. */
  public static final int MAX_RESULTS = 50;

  @PersistenceContext EntityManager em;
  @Inject AccessPolicy policy;
  @Inject CurrentUser currentUser;
  @Inject AuditLog audit;
  @Inject LeadService leads;
  @Inject ContactService contacts;

  /** S-20: a new lead named after the person, source Social tab, owned by the user, associated. */
  public long createLead(long personId) {
    policy.requireSocialTab();
    SocialPerson person = requireNew(personId);
    Lead lead = leads.create(named(new Lead(), person), RecordSource.SOCIAL_TAB);
    person.associate(lead, currentUser.get().getEmail(), Clock.now());
    audit.record(
        AuditAction.SOCIAL_PERSON_CREATE_LEAD,
        describe(person),
        AuditDetail.of(AuditField.LEAD, named(lead)));
    return lead.getId();
  }

  /**
   * S-20: a new contact named after the person, source Social tab, owned by the user, associated.
   */
  public long createContact(long personId) {
    policy.requireSocialTab();
    SocialPerson person = requireNew(personId);
    Contact contact = contacts.create(named(new Contact(), person), RecordSource.SOCIAL_TAB);
    person.associate(contact, currentUser.get().getEmail(), Clock.now());
    audit.record(
        AuditAction.SOCIAL_PERSON_CREATE_CONTACT,
        describe(person),
        AuditDetail.of(AuditField.CONTACT, named(contact)));
    return contact.getId();
  }

  /** S-24, S-26: associates the person with the lead, replacing any earlier association. */
  public void associateLead(long personId, long leadId) {
    policy.requireAssociatePeople();
    SocialPerson person = load(personId);
    Lead lead = find(Lead.class, leadId, "lead");
    if (lead.equals(person.getLead())) {
      return;
    }
    Map<AuditField, Object> before = associationOf(person);
    person.associate(lead, currentUser.get().getEmail(), Clock.now());
    audit.record(
        AuditAction.SOCIAL_PERSON_ASSOCIATE,
        describe(person),
        AuditDetail.of().changed(before, associationOf(person)));
  }

  /** S-24, S-26: associates the person with the contact, replacing any earlier association. */
  public void associateContact(long personId, long contactId) {
    policy.requireAssociatePeople();
    SocialPerson person = load(personId);
    Contact contact = find(Contact.class, contactId, "contact");
    if (contact.equals(person.getContact())) {
      return;
    }
    Map<AuditField, Object> before = associationOf(person);
    person.associate(contact, currentUser.get().getEmail(), Clock.now());
    audit.record(
        AuditAction.SOCIAL_PERSON_ASSOCIATE,
        describe(person),
        AuditDetail.of().changed(before, associationOf(person)));
  }

  /** S-24, S-26: undoes the person's association; the lead or contact stays (S-20). */
  public void dissociate(long personId) {
    policy.requireAssociatePeople();
    SocialPerson person = load(personId);
    if (!person.isAssociated()) {
      return;
    }
    Map<AuditField, Object> before = associationOf(person);
    person.dissociate();
    audit.record(
        AuditAction.SOCIAL_PERSON_DISSOCIATE,
        describe(person),
        AuditDetail.of().changed(before, associationOf(person)));
  }

  /**
   * People whose display name or handle starts with {@code text} (case-insensitive, a leading
   * {@code @} ignored), names first, at most {@code max} (capped at {@link #MAX_RESULTS}). A null
   * network searches Facebook and Twitter, the networks whose people can be associated (S-24). For
   * users who may associate people or open the Social tab.
   */
  public List<PersonSummary> search(String text, Network network, int max) {
    policy.requireSocialEdition();
    if (!policy.canAssociatePeople() && !policy.canOpenSocialTab()) {
      throw new AccessDenied("security.access.detailPageRequired");
    }
    String prefix = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    if (prefix.startsWith("@")) {
      prefix = prefix.substring(1);
    }
    int limit = Math.min(Math.max(1, max), MAX_RESULTS);
    if (prefix.isEmpty()) {
      return List.of();
    }
    List<Network> networks =
        network == null ? List.of(Network.FACEBOOK, Network.TWITTER) : List.of(network);
    Map<Long, SocialPerson> found = new LinkedHashMap<>();
    for (String field : List.of("p.searchName", "p.searchHandle")) {
      TypedQuery<SocialPerson> query =
          em.createQuery(
              "SELECT p FROM SocialPerson p WHERE "
                  + field
                  + " LIKE :q AND p.network IN :networks ORDER BY "
                  + field
                  + ", p.id",
              SocialPerson.class);
      query
          .setParameter("q", escapeLike(prefix) + "%")
          .setParameter("networks", networks)
          .setMaxResults(limit);
      query.getResultList().forEach(p -> found.putIfAbsent(p.getId(), p));
    }
    return found.values().stream().limit(limit).map(PersonSummary::of).toList();
  }

  /** The people associated with the lead (for its detail page); whoever may see the lead. */
  public List<PersonSummary> ofLead(long leadId) {
    currentUser.get();
    return associated("p.lead.id", leadId);
  }

  /** The people associated with the contact (for its detail page); whoever may see the contact. */
  public List<PersonSummary> ofContact(long contactId) {
    currentUser.get();
    return associated("p.contact.id", contactId);
  }

  /** One person, for whoever may open the Social tab or associate people. */
  public PersonSummary find(long personId) {
    policy.requireSocialEdition();
    if (!policy.canAssociatePeople() && !policy.canOpenSocialTab()) {
      throw new AccessDenied("security.access.detailPageRequired");
    }
    return PersonSummary.of(load(personId));
  }

  private List<PersonSummary> associated(String path, long recordId) {
    return em
        .createQuery(
            "SELECT p FROM SocialPerson p WHERE " + path + " = :id ORDER BY p.network, p.id",
            SocialPerson.class)
        .setParameter("id", recordId)
        .getResultList()
        .stream()
        .map(PersonSummary::of)
        .toList();
  }

  /** A person not yet associated (creating a second record for them would duplicate it). */
  private SocialPerson requireNew(long personId) {
    SocialPerson person = load(personId);
    if (person.getNetwork() == Network.GOOGLE_PLUS) {
      throw new RuleViolation(
          "social.people.error.notAssociable", person.getNetwork().displayName());
    }
    if (person.isAssociated()) {
      throw new RuleViolation("social.people.error.alreadyAssociated", person.getLabel());
    }
    return person;
  }

  private SocialPerson load(long personId) {
    SocialPerson person = em.find(SocialPerson.class, personId);
    if (person == null) {
      throw new NotFound("person", personId);
    }
    return person;
  }

  private <T> T find(Class<T> type, long id, String what) {
    T record = em.find(type, id);
    if (record == null) {
      throw new NotFound(what, id);
    }
    return record;
  }

  private static <T extends CrmRecord> T named(T form, SocialPerson person) {
    PersonNames.Split name =
        PersonNames.split(person.getDisplayName(), person.getHandle(), person.getExternalId());
    form.setFirstName(name.firstName());
    form.setLastName(name.lastName());
    return form;
  }

  /** The person's lead and contact (either may be null), for the audit log's before → after. */
  private static Map<AuditField, Object> associationOf(SocialPerson person) {
    Map<AuditField, Object> association = new LinkedHashMap<>();
    association.put(AuditField.LEAD, person.getLead() == null ? null : named(person.getLead()));
    association.put(
        AuditField.CONTACT, person.getContact() == null ? null : named(person.getContact()));
    return association;
  }

  /** The audit target: network, network id and handle (never a token). */
  private static String describe(SocialPerson person) {
    return "%s %s%s"
        .formatted(
            person.getNetwork().displayName(),
            person.getExternalId(),
            person.getHandle() == null ? "" : " (@" + person.getHandle() + ")");
  }

  /** A lead or contact as an audit value: its name (shown in the reader's order) and id. */
  private static AuditDetail.Named named(CrmRecord record) {
    return new AuditDetail.Named(record.getPersonName(), record.getId());
  }

  /** LIKE wildcards in the user's text match literally (EclipseLink's default escape is '\'). */
  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
