package org.crmsocial.social.stream.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmsocial.platform.control.AuditAction;
import org.crmsocial.platform.control.AuditDetail;
import org.crmsocial.platform.control.AuditField;
import org.crmsocial.platform.control.AuditLog;
import org.crmsocial.platform.control.Clock;
import org.crmsocial.social.conversation.control.InteractionStore;
import org.crmsocial.social.conversation.entity.SocialInteraction;
import org.crmsocial.social.conversation.entity.SocialPerson;
import org.crmsocial.social.provider.model.ItemKind;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.NetworkItem;
import org.crmsocial.social.provider.model.NetworkPerson;
import org.crmsocial.social.provider.model.NetworkStream;
import org.crmsocial.social.settings.entity.SocialAccount;

/**
 * The short write transactions of the Social tab's services, run after the network answered (no
 * provider call holds a transaction). It applies no rule of its own: {@link ActionService} and
 * {@link SearchService} call it only after {@link
 * org.crmsocial.social.settings.control.AccountPermissions} allowed the action.
 */
@Stateless
public class StreamWrites {

  @PersistenceContext EntityManager em;
  @Inject InteractionStore store;
  @Inject AuditLog audit;

  /**
   * Stores what an action created as the account's own (OUT) interaction, audited; its stored id.
   *
   * @param addressedTo the stored person it was sent to (the author of the message answered), or
   *     null to let the store find it (the author of the item a comment or reply answers)
   */
  public long storeOwn(long accountId, NetworkStream stream, NetworkItem item, Long addressedTo) {
    SocialAccount account = em.find(SocialAccount.class, accountId);
    store.store(account, stream, List.of(item));
    audit.record(
        wrote(item.kind()), account.describe(), AuditDetail.of(AuditField.ITEM, item.externalId()));
    SocialInteraction stored =
        store.existing(account.getNetwork(), List.of(item.externalId())).get(item.externalId());
    if (addressedTo != null && stored.getRecipient() == null) {
      stored.address(em.find(SocialPerson.class, addressedTo));
    }
    return stored.getId();
  }

  /**
   * Marks a stored item liked (favourited) or retweeted by the account, where it is stored;
   * audited.
   */
  public void mark(long accountId, Network network, String externalId, boolean shared) {
    audit.record(
        shared ? AuditAction.SOCIAL_STREAM_SHARE : AuditAction.SOCIAL_STREAM_LIKE,
        em.find(SocialAccount.class, accountId).describe(),
        AuditDetail.of(AuditField.ITEM, externalId));
    SocialInteraction stored = store.existing(network, List.of(externalId)).get(externalId);
    if (stored != null) {
      if (shared) {
        stored.markShared();
      } else {
        stored.markLiked();
      }
    }
  }

  /** A stored person as a stream shows them: name, handle and relationship to the CRM. */
  public record PersonLink(long id, String label, String handle, Long leadId, Long contactId) {}

  /**
   * Upserts people seen in a live search, so "+ Add" works on them; what is stored, by network id.
   */
  public Map<String, PersonLink> people(Network network, Collection<NetworkPerson> seen) {
    Map<String, SocialPerson> people = store.people(network, seen, Clock.now());
    em.flush();
    Map<String, PersonLink> links = new java.util.HashMap<>();
    people.forEach(
        (id, p) ->
            links.put(
                id,
                new PersonLink(
                    p.getId(),
                    p.getLabel(),
                    p.getHandle(),
                    p.getLead() == null ? null : p.getLead().getId(),
                    p.getContact() == null ? null : p.getContact().getId())));
    return links;
  }

  /** A stored item of the account, by its network id. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<SocialInteraction> stored(long accountId, Network network, String externalId) {
    return em.createQuery(
            "SELECT i FROM SocialInteraction i LEFT JOIN FETCH i.author WHERE i.network = :network"
                + " AND i.externalId = :id AND i.account.id = :account",
            SocialInteraction.class)
        .setParameter("network", network)
        .setParameter("id", externalId)
        .setParameter("account", accountId)
        .getResultStream()
        .findFirst();
  }

  /** The audit action of the account's own item of {@code kind}. */
  private static AuditAction wrote(ItemKind kind) {
    return switch (kind) {
      case POST -> AuditAction.SOCIAL_STREAM_POST;
      case COMMENT -> AuditAction.SOCIAL_STREAM_COMMENT;
      case TWEET -> AuditAction.SOCIAL_STREAM_TWEET;
      case REPLY -> AuditAction.SOCIAL_STREAM_REPLY;
      case RETWEET -> AuditAction.SOCIAL_STREAM_RETWEET;
      case MENTION -> AuditAction.SOCIAL_STREAM_MENTION;
      case MESSAGE -> AuditAction.SOCIAL_STREAM_MESSAGE;
    };
  }
}
