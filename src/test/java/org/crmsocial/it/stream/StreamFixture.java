package org.crmsocial.it.stream;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.crmsocial.crm.entity.Lead;
import org.crmsocial.platform.control.Clock;
import org.crmsocial.social.conversation.control.InteractionStore;
import org.crmsocial.social.conversation.entity.Direction;
import org.crmsocial.social.conversation.entity.SocialInteraction;
import org.crmsocial.social.provider.model.NetworkItem;
import org.crmsocial.social.provider.model.NetworkStream;
import org.crmsocial.social.settings.entity.SocialAccount;

/**
 * What the Social tab tests arrange and inspect straight in the database (no rules applied): items
 * read from the sandbox stored as the sync would store them, and what is stored.
 */
@Stateless
public class StreamFixture {

  @PersistenceContext EntityManager em;
  @Inject InteractionStore store;

  /** Stores items read from the network, as the sync does; how many were new. */
  public int store(long accountId, NetworkStream stream, List<NetworkItem> items) {
    return store.store(em.find(SocialAccount.class, accountId), stream, items);
  }

  /** The account as the audit log names it. */
  public String describe(long accountId) {
    return em.find(SocialAccount.class, accountId).describe();
  }

  /** How many interactions of the account are stored. */
  public long stored(long accountId) {
    return em.createQuery(
            "SELECT COUNT(i) FROM SocialInteraction i WHERE i.account.id = :a", Long.class)
        .setParameter("a", accountId)
        .getSingleResult();
  }

  /** The stored interaction with this network id, or null. */
  public SocialInteraction find(long accountId, String externalId) {
    return em.createQuery(
            "SELECT i FROM SocialInteraction i WHERE i.account.id = :a AND i.externalId = :x",
            SocialInteraction.class)
        .setParameter("a", accountId)
        .setParameter("x", externalId)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** The stored interaction of the account with exactly this text, or null. */
  public SocialInteraction findByText(long accountId, String text) {
    return em.createQuery(
            "SELECT i FROM SocialInteraction i WHERE i.account.id = :a AND i.text = :t",
            SocialInteraction.class)
        .setParameter("a", accountId)
        .setParameter("t", text)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** The newest stored IN item of a stream of the account (a mention, a message), or null. */
  public SocialInteraction newestIn(long accountId, NetworkStream stream) {
    return em.createQuery(
            "SELECT i FROM SocialInteraction i WHERE i.account.id = :a AND i.stream = :s AND i.direction = :in"
                + " AND i.author IS NOT NULL ORDER BY i.createdAt DESC, i.id DESC",
            SocialInteraction.class)
        .setParameter("a", accountId)
        .setParameter("s", stream)
        .setParameter("in", Direction.IN)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** Associates the author of a stored item with a new lead, as a user would; the lead's id. */
  public long authorAsNewLead(long accountId, String externalId) {
    Lead lead = new Lead();
    lead.setLastName("Thread");
    lead.stamp(Clock.now());
    em.persist(lead);
    find(accountId, externalId).getAuthor().associate(lead, "test", Clock.now());
    return lead.getId();
  }
}
