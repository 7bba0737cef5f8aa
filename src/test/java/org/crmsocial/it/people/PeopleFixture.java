package org.crmsocial.it.people;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import org.crmsocial.crm.entity.Contact;
import org.crmsocial.crm.entity.Lead;
import org.crmsocial.platform.control.Clock;
import org.crmsocial.security.entity.Profile;
import org.crmsocial.security.entity.SystemProfile;
import org.crmsocial.social.conversation.control.InteractionStore;
import org.crmsocial.social.conversation.entity.SocialPerson;
import org.crmsocial.social.people.control.PersonSummary;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.NetworkItem;
import org.crmsocial.social.provider.model.NetworkPerson;
import org.crmsocial.social.provider.model.NetworkStream;
import org.crmsocial.social.settings.entity.AccountStatus;
import org.crmsocial.social.settings.entity.SocialAccount;
import org.crmsocial.testsupport.TestData;

/**
 * What the people tests arrange and inspect straight in the database: people and interactions go in
 * through the product's {@link InteractionStore} (as the sync stores them), in this bean's
 * transaction; profiles, records and a removed account without any rule applied.
 */
@Stateless
public class PeopleFixture {

  @PersistenceContext EntityManager em;
  @EJB InteractionStore store;
  @EJB TestData data;

  /** Stores items as read from {@code stream} of the account (people upserted with them). */
  public void store(long accountId, NetworkStream stream, List<NetworkItem> items) {
    store.store(em.find(SocialAccount.class, accountId), stream, items);
  }

  /** A person seen on {@code network} (created or refreshed by network user id); their id. */
  public long person(Network network, NetworkPerson seen) {
    return store.people(network, List.of(seen), Clock.now()).get(seen.id()).getId();
  }

  public PersonSummary summary(long personId) {
    SocialPerson person = em.find(SocialPerson.class, personId);
    em.refresh(person);
    return PersonSummary.of(person);
  }

  public long peopleWithExternalId(Network network, String externalId) {
    return em.createQuery(
            "SELECT COUNT(p) FROM SocialPerson p WHERE p.network = :n AND p.externalId = :e",
            Long.class)
        .setParameter("n", network)
        .setParameter("e", externalId)
        .getSingleResult();
  }

  /** The account that is in use on {@code network}. */
  public long liveAccount(Network network) {
    return em.createQuery(
            "SELECT a.id FROM SocialAccount a WHERE a.network = :n AND a.status = :s", Long.class)
        .setParameter("n", network)
        .setParameter("s", AccountStatus.ACTIVE)
        .getSingleResult();
  }

  /** A Facebook account that was linked and then removed (its data stays stored, hidden). */
  public long removedFacebookAccount() {
    SocialAccount account = new SocialAccount(Network.FACEBOOK, TestData.unique("fb"));
    OffsetDateTime now = Clock.now();
    account.authorize("Removed page owner", null, List.of(), "not-a-token", null, null, null, now);
    account.remove(now);
    em.persist(account);
    return account.getId();
  }

  /**
   * A user on a clone of Administrator with Manage Social off (S-25, S-26) and the two other parts
   * as given; returns the email.
   */
  public String userWith(boolean detailPage, boolean socialTab) {
    Profile profile = data.cloneOf(SystemProfile.ADMINISTRATOR, false);
    profile.setManageSocial(false);
    profile.setSocialDetailPage(detailPage);
    profile.setSocialTab(socialTab);
    return data.user(profile.getId(), "en");
  }

  public long lead(String lastName) {
    Lead lead = new Lead();
    lead.setLastName(lastName);
    lead.stamp(Clock.now());
    em.persist(lead);
    return lead.getId();
  }

  public long contact(String lastName) {
    Contact contact = new Contact();
    contact.setLastName(lastName);
    contact.stamp(Clock.now());
    em.persist(contact);
    return contact.getId();
  }

  public Lead findLead(long id) {
    Lead lead = em.find(Lead.class, id);
    if (lead != null) {
      em.refresh(lead);
      if (lead.getOwner() != null) {
        lead.getOwner().getEmail();
      }
    }
    return lead;
  }

  public Contact findContact(long id) {
    Contact contact = em.find(Contact.class, id);
    if (contact != null) {
      em.refresh(contact);
      if (contact.getOwner() != null) {
        contact.getOwner().getEmail();
      }
    }
    return contact;
  }

  /** The audit log's actions about the person, oldest first. */
  public List<String> auditActions(long personId) {
    SocialPerson person = em.find(SocialPerson.class, personId);
    // the audit target names a person by network and id, then handle: "Twitter 9912 (@taro_y)"
    String target = person.getNetwork().displayName() + " " + person.getExternalId();
    return em.createQuery(
            "SELECT a.action FROM AuditEntry a WHERE a.target = :t OR a.target LIKE :withHandle"
                + " ORDER BY a.id",
            String.class)
        .setParameter("t", target)
        .setParameter("withHandle", target + " (@%")
        .getResultList();
  }
}
