package org.crmsocial.it.settings;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import org.crmsocial.crm.entity.Contact;
import org.crmsocial.crm.entity.Lead;
import org.crmsocial.crm.entity.RecordSource;
import org.crmsocial.platform.control.Clock;
import org.crmsocial.social.settings.entity.SocialAccount;

/** What the settings tests arrange and inspect straight in the database (no rules applied). */
@Stateless
public class SettingsFixture {

  @PersistenceContext EntityManager em;

  public SocialAccount account(long id) {
    SocialAccount account = em.find(SocialAccount.class, id);
    em.refresh(account);
    return account;
  }

  /** Moves the start of an account's wait for its page into the past. */
  public void pendingSince(long id, OffsetDateTime since) {
    em.createQuery("UPDATE SocialAccount a SET a.pendingSince = :since WHERE a.id = :id")
        .setParameter("since", since)
        .setParameter("id", id)
        .executeUpdate();
  }

  /** A lead and a contact as the Social tab adds them; returns the lead's id. */
  public long socialLeadAndContact() {
    Lead lead = new Lead();
    lead.setLastName("山田");
    lead.setSource(RecordSource.SOCIAL_TAB);
    lead.setStatus(org.crmsocial.crm.entity.LeadStatus.NEW);
    lead.stamp(Clock.now());
    em.persist(lead);
    Contact contact = new Contact();
    contact.setLastName("Suzuki");
    contact.setSource(RecordSource.SOCIAL_TAB);
    contact.stamp(Clock.now());
    em.persist(contact);
    return lead.getId();
  }

  public long leadsAndContacts() {
    return em.createQuery("SELECT COUNT(l) FROM Lead l", Long.class).getSingleResult()
        + em.createQuery("SELECT COUNT(c) FROM Contact c", Long.class).getSingleResult();
  }
}
