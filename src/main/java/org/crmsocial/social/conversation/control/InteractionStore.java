package org.crmsocial.social.conversation.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.crmsocial.platform.control.Clock;
import org.crmsocial.social.conversation.entity.Direction;
import org.crmsocial.social.conversation.entity.InteractionKind;
import org.crmsocial.social.conversation.entity.SocialInteraction;
import org.crmsocial.social.conversation.entity.SocialPerson;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.NetworkItem;
import org.crmsocial.social.provider.model.NetworkPerson;
import org.crmsocial.social.provider.model.NetworkStream;
import org.crmsocial.social.settings.entity.SocialAccount;

/**
 * Stores what was read from or written to a network, idempotently (DESIGN.md §4): interactions are
 * keyed by (network, external id) and people by (network, user id), so a repeated or overlapping
 * page changes only counts and names, never adds a second row. Runs inside the caller's transaction
 * (the sync's short write transaction, or an action's); it makes no provider call. New interactions
 * go in as one JDBC batch per page on the transaction's connection (the ingest benchmark's figure);
 * existing ones and people through JPA.
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

  /** The sequence's increment and the entity's allocation size. */
  static final int ID_BLOCK = 50;

  static final String INSERT =
      "INSERT INTO social_interaction (id, network, external_id, account_id, stream, kind, direction, author_id,"
          + " parent_external_id, conversation_id, text, permalink, created_at, fetched_at, like_count, reply_count,"
          + " share_count, liked_by_account, shared_by_account, recipient_id, text_html,"
          + " attachment_type, attachment_title, attachment_description, attachment_url,"
          + " attachment_image)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  @PersistenceContext EntityManager em;

  @Resource(lookup = "jdbc/crmsocial")
  DataSource dataSource;

  /**
   * A store over {@code em} and {@code dataSource} outside the container, for tests and tools that
   * run the store in transactions of their own.
   */
  public static InteractionStore over(EntityManager em, DataSource dataSource) {
    InteractionStore store = new InteractionStore();
    store.em = em;
    store.dataSource = dataSource;
    return store;
  }

  /**
   * Stores a page of items read from {@code stream} of {@code account}.
   *
   * @return how many of the items were new
   */
  public int store(SocialAccount account, NetworkStream stream, List<NetworkItem> items) {
    return storeNew(account, stream, items).size();
  }

  /**
   * Stores items read from {@code stream} of {@code account} (several pages at once, in the order
   * read).
   *
   * @return the external ids of the items that were new
   */
  public Set<String> storeNew(
      SocialAccount account, NetworkStream stream, List<NetworkItem> items) {
    if (items.isEmpty()) {
      return Set.of();
    }
    OffsetDateTime now = Clock.now();
    Network network = account.getNetwork();
    Map<String, SocialPerson> people = people(network, authorsOf(items), now);
    Map<String, SocialInteraction> known =
        existing(network, items.stream().map(NetworkItem::externalId).toList());
    List<SocialInteraction> fresh = new ArrayList<>();
    List<NetworkItem> freshItems = new ArrayList<>();
    Set<String> freshIds = new HashSet<>();
    // Stored answers the network now says whom they address (the brand's reply to a search result,
    // stored by the action before the sync read it with in_reply_to_user_id).
    Map<SocialInteraction, String> lateAddressed = new HashMap<>();
    for (NetworkItem item : items) {
      SocialInteraction stored = known.get(item.externalId());
      if (stored != null) {
        if (countsChanged(stored, item)) {
          stored.count(item.counts(), now);
        }
        if (stored.getPermalink() == null && item.permalink() != null) {
          stored.content(stored.getText(), item.permalink()); // stored before tweets had links
        }
        if (stored.getRich().isEmpty() && !item.rich().isEmpty()) {
          stored.content(item.text(), stored.getPermalink()); // stored before items had rich text
          stored.rich(item.rich());
        }
        if (stored.getRecipientId() == null && Recipients.answersSomeoneElse(account, item)) {
          lateAddressed.put(stored, item.addressedTo());
        }
        continue;
      }
      if (!freshIds.add(item.externalId())) {
        continue; // the same item twice on one page
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
      created.rich(item.rich());
      created.count(item.counts(), now);
      fresh.add(created);
      freshItems.add(item);
    }
    address(account, items, freshItems, fresh, people, now);
    if (!lateAddressed.isEmpty()) {
      withPeople(network, lateAddressed.values(), people, now);
      lateAddressed.forEach((stored, to) -> stored.address(people.get(to)));
    }
    if (!fresh.isEmpty()) {
      em.flush(); // the new people first: the new rows refer to them
      insert(fresh);
    }
    return freshIds;
  }

  /** Sets whom each new interaction is addressed to ({@link Recipients}). */
  private void address(
      SocialAccount account,
      List<NetworkItem> page,
      List<NetworkItem> freshItems,
      List<SocialInteraction> fresh,
      Map<String, SocialPerson> people,
      OffsetDateTime now) {
    if (fresh.isEmpty()) {
      return;
    }
    Map<String, String> addressed = Recipients.of(em, account, page, freshItems, CHUNK);
    withPeople(account.getNetwork(), addressed.values(), people, now);
    for (SocialInteraction i : fresh) {
      String to = addressed.get(i.getExternalId());
      if (to != null) {
        i.address(people.get(to));
      }
    }
  }

  /** Adds to {@code people} those of the user {@code ids} it lacks, upserted by id. */
  private void withPeople(
      Network network,
      Collection<String> ids,
      Map<String, SocialPerson> people,
      OffsetDateTime now) {
    List<NetworkPerson> unseen =
        ids.stream()
            .filter(id -> !people.containsKey(id))
            .distinct()
            .map(NetworkPerson::ofId)
            .toList();
    if (!unseen.isEmpty()) {
      people.putAll(people(network, unseen, now));
    }
  }

  /**
   * Inserts new interactions in one JDBC batch on the transaction's connection (the persistence
   * context does not hold them; queries read them from the database). Ids come from {@code
   * social_interaction_seq} as EclipseLink takes them: each value is the last id of a block of
   * {@link #ID_BLOCK}, so both draw from the same sequence without overlap.
   */
  private void insert(List<SocialInteraction> fresh) {
    try (Connection c = dataSource.getConnection()) {
      long[] ids = ids(c, fresh.size());
      try (PreparedStatement s = c.prepareStatement(INSERT)) {
        for (int n = 0; n < fresh.size(); n++) {
          SocialInteraction i = fresh.get(n);
          int k = 1;
          s.setLong(k++, ids[n]);
          s.setString(k++, i.getNetwork().name());
          s.setString(k++, i.getExternalId());
          s.setLong(k++, i.getAccount().getId());
          s.setString(k++, i.getStream().name());
          s.setString(k++, i.getKind().name());
          s.setString(k++, i.getDirection().name());
          if (i.getAuthor() == null) {
            s.setNull(k++, Types.BIGINT);
          } else {
            s.setLong(k++, i.getAuthor().getId());
          }
          s.setString(k++, i.getParentExternalId());
          s.setString(k++, i.getConversationId());
          s.setString(k++, i.getText());
          s.setString(k++, i.getPermalink());
          s.setObject(k++, i.getCreatedAt());
          s.setObject(k++, i.getFetchedAt());
          s.setLong(k++, i.getLikeCount());
          s.setLong(k++, i.getReplyCount());
          s.setLong(k++, i.getShareCount());
          s.setBoolean(k++, i.isLikedByAccount());
          s.setBoolean(k++, i.isSharedByAccount());
          Recipients.bind(s, k++, i);
          s.setString(k++, i.getTextHtml());
          s.setString(k++, i.getAttachmentType());
          s.setString(k++, i.getAttachmentTitle());
          s.setString(k++, i.getAttachmentDescription());
          s.setString(k++, i.getAttachmentUrl());
          s.setString(k++, i.getAttachmentImage());
          s.addBatch();
        }
        s.executeBatch();
      }
      Recipients.backfill(c, fresh, CHUNK);
    } catch (SQLException e) {
      throw new PersistenceException("storing " + fresh.size() + " interactions failed", e);
    }
  }

  /** {@code count} new ids, a block of {@link #ID_BLOCK} per sequence value. */
  private static long[] ids(Connection c, int count) throws SQLException {
    String next = SyncSql.nextValue(c, "social_interaction_seq");
    long[] ids = new long[count];
    int filled = 0;
    try (PreparedStatement s = c.prepareStatement(next)) {
      while (filled < count) {
        long last;
        try (ResultSet r = s.executeQuery()) {
          r.next();
          last = r.getLong(1);
        }
        for (long id = last - ID_BLOCK + 1; id <= last && filled < count; id++) {
          ids[filled++] = id;
        }
      }
    }
    return ids;
  }

  /**
   * The people of {@code seen}, created where new and refreshed where known, by network user id.
   */
  public Map<String, SocialPerson> people(
      Network network, Collection<NetworkPerson> seen, OffsetDateTime now) {
    Map<String, NetworkPerson> byId = new LinkedHashMap<>();
    for (NetworkPerson person : seen) {
      byId.merge(person.id(), person, (a, b) -> b.displayName() != null ? b : a);
    }
    Map<String, SocialPerson> result = new HashMap<>();
    for (List<String> ids : chunks(new ArrayList<>(byId.keySet()))) {
      em.createQuery(
              "SELECT p FROM SocialPerson p WHERE p.network = :network AND p.externalId IN :ids",
              SocialPerson.class)
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
      } else if (differs(stored, person)
          || stored.getLastSeenAt().isBefore(now.minus(SEEN_REFRESH))) {
        stored.see(person, now);
      }
    }
    return result;
  }

  /**
   * The stored interactions among {@code externalIds}, by external id. Which are stored is asked
   * first for their ids alone, so that a page of new items (a backlog's) loads no entity.
   */
  public Map<String, SocialInteraction> existing(Network network, List<String> externalIds) {
    Map<String, SocialInteraction> result = new HashMap<>();
    for (List<String> ids : chunks(storedIds(network, externalIds))) {
      em
          .createQuery(
              "SELECT i FROM SocialInteraction i WHERE i.externalId IN :ids",
              SocialInteraction.class)
          .setParameter("ids", ids)
          .getResultList()
          .stream()
          .filter(i -> i.getNetwork() == network)
          .forEach(i -> result.put(i.getExternalId(), i));
    }
    return result;
  }

  /**
   * Which of {@code externalIds} are stored on {@code network}, read on the transaction's
   * connection (interactions are only ever written there, never left unflushed in the persistence
   * context). By external id alone (its own index), the network checked here: see V4's index.
   */
  private List<String> storedIds(Network network, List<String> externalIds) {
    if (externalIds.isEmpty()) {
      return List.of();
    }
    try (Connection c = dataSource.getConnection()) {
      SyncSql.planWithValues(c);
      return storedIds(c, network, externalIds);
    } catch (SQLException e) {
      throw new PersistenceException(
          "looking up " + externalIds.size() + " interactions failed", e);
    }
  }

  /** {@link #storedIds(Network, List)} on {@code c}. */
  static List<String> storedIds(Connection c, Network network, List<String> externalIds)
      throws SQLException {
    List<String> stored = new ArrayList<>();
    for (List<String> ids : chunks(externalIds)) {
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT external_id, network FROM social_interaction WHERE external_id IN ("
                  + IdLists.placeholders(ids)
                  + ")")) {
        IdLists.bind(s, 1, ids);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            if (network.name().equals(r.getString(2))) {
              stored.add(r.getString(1));
            }
          }
        }
      }
    }
    return stored;
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
            || (account.getPage() != null
                && author.id().equals(account.getPage().getExternalPageId()));
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
