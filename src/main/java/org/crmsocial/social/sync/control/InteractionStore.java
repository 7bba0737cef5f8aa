package org.crmsocial.social.sync.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crmsocial.platform.control.Clock;
import org.crmsocial.social.people.entity.SocialPerson;
import org.crmsocial.social.provider.entity.Network;
import org.crmsocial.social.provider.entity.NetworkItem;
import org.crmsocial.social.provider.entity.NetworkPerson;
import org.crmsocial.social.provider.entity.NetworkStream;
import org.crmsocial.social.settings.entity.SocialAccount;
import org.crmsocial.social.stream.entity.Direction;
import org.crmsocial.social.stream.entity.InteractionKind;
import org.crmsocial.social.stream.entity.SocialInteraction;

/**
 * Stores what was read from or written to a network, idempotently (DESIGN.md §4): interactions are
 * keyed by (network, external id) and people by (network, user id), so a repeated or overlapping
 * page changes only counts and names, never adds a second row. Runs inside the caller's transaction
 * (the sync's short write transaction, or an action's); it makes no provider call.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class InteractionStore {

  /** How many ids go into one {@code IN} list. */
  static final int CHUNK = 500;

  /**
   * A known person seen again with nothing changed is written (last seen) at most this often, so
   * that every page does not rewrite every author.
   */
  static final java.time.Duration SEEN_REFRESH = java.time.Duration.ofHours(1);

  @PersistenceContext EntityManager em;

  /**
   * Stores a page of items read from {@code stream} of {@code account}.
   *
   * @return how many of the items were new
   */
  public int store(SocialAccount account, NetworkStream stream, List<NetworkItem> items) {
    if (items.isEmpty()) {
      return 0;
    }
    OffsetDateTime now = Clock.now();
    Network network = account.getNetwork();
    Map<String, SocialPerson> people = people(network, authorsOf(items), now);
    Map<String, SocialInteraction> known = existing(network, items.stream().map(NetworkItem::externalId).toList());
    int added = 0;
    for (NetworkItem item : items) {
      SocialInteraction stored = known.get(item.externalId());
      if (stored != null) {
        if (countsChanged(stored, item)) {
          stored.count(item.counts(), now);
        }
        continue;
      }
      SocialPerson author = item.author() == null ? null : people.get(item.author().id());
      SocialInteraction created =
          new SocialInteraction(
              account,
              stream,
              item.externalId(),
              InteractionKind.of(item.kind()),
              directionOf(account, item.author()),
              author,
              item.createdAt() == null ? null : item.createdAt().atOffset(now.getOffset()),
              now);
      created.thread(item.parentId(), item.conversationId());
      created.content(item.text(), item.permalink());
      created.count(item.counts(), now);
      em.persist(created);
      known.put(item.externalId(), created);
      added++;
    }
    return added;
  }

  /** The people of {@code seen}, created where new and refreshed where known, by network user id. */
  public Map<String, SocialPerson> people(Network network, Collection<NetworkPerson> seen, OffsetDateTime now) {
    Map<String, NetworkPerson> byId = new LinkedHashMap<>();
    for (NetworkPerson person : seen) {
      byId.merge(person.id(), person, (a, b) -> b.displayName() != null ? b : a);
    }
    Map<String, SocialPerson> result = new HashMap<>();
    for (List<String> ids : chunks(new ArrayList<>(byId.keySet()))) {
      em.createQuery("SELECT p FROM SocialPerson p WHERE p.network = :network AND p.externalId IN :ids", SocialPerson.class)
          .setParameter("network", network)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(p -> result.put(p.getExternalId(), p));
    }
    for (NetworkPerson person : byId.values()) {
      SocialPerson stored = result.get(person.id());
      if (stored == null) {
        stored = new SocialPerson(network, person, now);
        em.persist(stored);
        result.put(person.id(), stored);
      } else if (differs(stored, person) || stored.getLastSeenAt().isBefore(now.minus(SEEN_REFRESH))) {
        stored.see(person, now);
      }
    }
    return result;
  }

  /** The stored interactions among {@code externalIds}, by external id. */
  public Map<String, SocialInteraction> existing(Network network, List<String> externalIds) {
    Map<String, SocialInteraction> result = new HashMap<>();
    for (List<String> ids : chunks(externalIds)) {
      em.createQuery(
              "SELECT i FROM SocialInteraction i WHERE i.network = :network AND i.externalId IN :ids", SocialInteraction.class)
          .setParameter("network", network)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(i -> result.put(i.getExternalId(), i));
    }
    return result;
  }

  /** Whether the network's counts differ from the stored ones (else the row is left alone). */
  static boolean countsChanged(SocialInteraction stored, NetworkItem item) {
    return stored.getLikeCount() != item.counts().likes()
        || stored.getReplyCount() != item.counts().replies()
        || stored.getShareCount() != item.counts().shares();
  }

  /** Whether the network shows the person differently from what is stored. */
  static boolean differs(SocialPerson stored, NetworkPerson seen) {
    return (seen.handle() != null && !seen.handle().equals(stored.getHandle()))
        || (seen.displayName() != null && !seen.displayName().equals(stored.getDisplayName()))
        || (seen.avatarUrl() != null && !seen.avatarUrl().equals(stored.getAvatarUrl()))
        || (seen.profileUrl() != null && !seen.profileUrl().equals(stored.getProfileUrl()));
  }

  /** OUT when the account (or its page) wrote it, IN otherwise. */
  static Direction directionOf(SocialAccount account, NetworkPerson author) {
    if (author == null) {
      return Direction.IN;
    }
    boolean own =
        author.id().equals(account.getExternalUserId())
            || (account.getPage() != null && author.id().equals(account.getPage().getExternalPageId()));
    return own ? Direction.OUT : Direction.IN;
  }

  private static List<NetworkPerson> authorsOf(List<NetworkItem> items) {
    return items.stream().map(NetworkItem::author).filter(a -> a != null).toList();
  }

  private static <T> List<List<T>> chunks(List<T> all) {
    List<List<T>> chunks = new ArrayList<>();
    for (int from = 0; from < all.size(); from += CHUNK) {
      chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
    }
    return chunks;
  }
}
