package org.crmsocial.social.stream.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crmsocial.platform.control.PageRequest;
import org.crmsocial.platform.control.RuleViolation;
import org.crmsocial.security.control.AccessPolicy;
import org.crmsocial.social.conversation.entity.Direction;
import org.crmsocial.social.conversation.entity.InteractionKind;
import org.crmsocial.social.conversation.entity.SocialInteraction;
import org.crmsocial.social.conversation.entity.SocialPerson;
import org.crmsocial.social.provider.model.NetworkStream;
import org.crmsocial.social.settings.control.AccountGrants;
import org.crmsocial.social.settings.control.AccountPermissions;
import org.crmsocial.social.settings.control.AccountRef;
import org.crmsocial.social.settings.entity.SocialAccount;
import org.crmsocial.social.stream.entity.SavedSearch;

/**
 * What the Social tab shows (S-2, S-3, S-6, S-18): which streams the current user may see, and
 * pages of them from the database, newest first, with comments and replies under their parent.
 * Every method checks the Social tab part and the VIEW grant again on the server.
 */
@Stateless
public class StreamService {

  /** Comments or replies shown under one item; the rest are a link to the thread. */
  public static final int CHILDREN_SHOWN = 5;

  /**
   * An item is top-level in its stream unless it answers an item shown in the stream's threads: an
   * item of the same stream, or the account's own answer to one. On Twitter a reply to our reply to
   * a mention is itself a mention (S-12): it belongs beneath our reply, in the mention's thread,
   * not at the top of the stream. Each test is a lookup by (network, external id), its unique
   * index.
   */
  private static final String TOP_LEVEL =
      " FROM SocialInteraction i LEFT JOIN i.author a WHERE i.account.id = :account AND i.stream = :stream"
          + " AND (i.parentExternalId IS NULL OR NOT EXISTS (SELECT p.id FROM SocialInteraction p"
          + " WHERE p.network = i.network AND p.externalId = i.parentExternalId AND (p.stream = i.stream"
          + " OR (p.direction = org.crmsocial.social.conversation.entity.Direction.OUT AND EXISTS ("
          + "SELECT g.id FROM SocialInteraction g WHERE g.network = p.network"
          + " AND g.externalId = p.parentExternalId AND g.stream = i.stream)))))";

  /**
   * In a stream of private messages the stream's item is a conversation, shown by its newest
   * message: a message is top-level only when no newer one of its conversation is stored (through
   * the index on conversation_id); the earlier ones are its thread.
   */
  private static final String NEWEST_OF_CONVERSATION =
      " AND (i.conversationId IS NULL OR NOT EXISTS (SELECT n.id FROM SocialInteraction n"
          + " WHERE n.conversationId = i.conversationId AND n.network = i.network"
          + " AND n.stream = i.stream AND (n.createdAt > i.createdAt"
          + " OR (n.createdAt = i.createdAt AND n.id > i.id))))";

  /** How many levels of answers a thread shows beneath the stream's item. */
  static final int THREAD_DEPTH = 4;

  /** Answers read for one page's threads at most; the rest are a link to the thread. */
  static final int THREAD_READ_CAP = 2_000;

  /** How many ids go into one {@code IN} list. */
  private static final int CHUNK = 500;

  /**
   * Newest first, along the index (account, stream, created, id) backwards. The account and stream
   * are fixed by the query, but H2 reads an index in order only when the ORDER BY names its columns
   * from the first: without them it read and sorted every item of the stream (seconds a page for a
   * stream of a million). PostgreSQL takes either form.
   */
  static final String NEWEST_FIRST =
      " ORDER BY i.accountId DESC, i.stream DESC, i.createdAt DESC, i.id DESC";

  /** EclipseLink's hint to read each row's author in the same query. */
  private static final String AUTHOR_FETCH = "eclipselink.left-join-fetch";

  @PersistenceContext EntityManager em;
  @Inject AccessPolicy policy;
  @Inject AccountPermissions access;

  /** The tab for the current user: the welcome screen, S-6, or the streams they may view. */
  public SocialTab tab() {
    policy.requireSocialTab();
    List<AccountGrants> live = access.liveAccountGrants();
    if (live.isEmpty()) {
      return new SocialTab(
          policy.canManageSocial() ? SocialTab.Mode.WELCOME : SocialTab.Mode.NOT_SET_UP,
          List.of(),
          List.of());
    }
    List<AccountStreams> visible = new ArrayList<>();
    List<String> withoutView = new ArrayList<>();
    for (AccountGrants grants : live) {
      SocialAccount account = grants.account();
      AccountRef ref = AccountRef.of(account);
      if (!grants.mayView()) {
        withoutView.add(account.getNetwork().displayName() + " · " + ref.label());
        continue;
      }
      visible.add(
          new AccountStreams(
              ref, streamsOf(account), savedSearches(account), grants.usable(), grants.withheld()));
    }
    return new SocialTab(
        visible.isEmpty() ? SocialTab.Mode.NO_VIEW : SocialTab.Mode.STREAMS, visible, withoutView);
  }

  /**
   * How far past the page shown a stream is counted exactly. An exact count of a stream of a
   * million items costs a read of all of them (hundreds of milliseconds a page on PostgreSQL, more
   * on H2), so the count reaches only this far beyond what the user has paged to, and the page says
   * "more than n"; paging on moves the horizon with it, so every item stays reachable.
   */
  public static final int COUNT_AHEAD = 1_000;

  /**
   * How many top-level items the stream holds for the relationship, exactly up to {@link
   * #COUNT_AHEAD}; {@code COUNT_AHEAD + 1} means more.
   */
  public long count(long accountId, NetworkStream stream, Relationship relationship) {
    return count(accountId, stream, relationship, COUNT_AHEAD);
  }

  /**
   * How many top-level items the stream holds for the relationship, exactly up to {@code horizon};
   * {@code horizon + 1} means more.
   */
  public long count(long accountId, NetworkStream stream, Relationship relationship, int horizon) {
    access.requireView(accountId);
    // Whether an item lies past the horizon, in one row (reading the ids themselves made every page
    // of a large stream allocate megabytes, and at 16 sessions spend seconds collecting them).
    boolean more =
        !query("SELECT i.id", accountId, stream, relationship, "", Long.class)
            .setFirstResult(Math.max(0, horizon))
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    return more
        ? horizon + 1L
        : query("SELECT COUNT(i)", accountId, stream, relationship, "", Long.class)
            .getSingleResult();
  }

  /** One page of the stream, newest first, each item with its first comments or replies. */
  public List<StreamItem> page(
      long accountId, NetworkStream stream, Relationship relationship, int first, int size) {
    AccountRef account = access.requireView(accountId);
    PageRequest request = new PageRequest(first, size, null, false, null);
    List<SocialInteraction> rows =
        query("SELECT i", accountId, stream, relationship, NEWEST_FIRST, SocialInteraction.class)
            .setHint(AUTHOR_FETCH, "i.author")
            .setFirstResult(request.first())
            .setMaxResults(request.size())
            .getResultList();
    return stream.privateMessages()
        ? withConversations(account, stream, rows)
        : withChildren(account, rows);
  }

  /**
   * The page's conversations, each its newest message with the earlier ones beneath it (the last
   * {@link #CHILDREN_SHOWN}, oldest first; the rest counted): a private conversation reads as one
   * thread with its other party, our answers in it.
   */
  private List<StreamItem> withConversations(
      AccountRef account, NetworkStream stream, List<SocialInteraction> newest) {
    Map<String, List<SocialInteraction>> earlier = new HashMap<>();
    List<String> ids =
        newest.stream().map(SocialInteraction::getConversationId).filter(c -> c != null).toList();
    Set<Long> tops = new HashSet<>();
    newest.forEach(i -> tops.add(i.getId()));
    for (int from = 0; from < ids.size(); from += CHUNK) {
      for (SocialInteraction m :
          em.createQuery(
                  "SELECT i FROM SocialInteraction i WHERE i.account.id = :account AND i.stream = :stream"
                      + " AND i.conversationId IN :conversations ORDER BY i.createdAt DESC, i.id DESC",
                  SocialInteraction.class)
              .setHint(AUTHOR_FETCH, "i.author")
              .setParameter("account", account.id())
              .setParameter("stream", stream)
              .setParameter("conversations", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
              .setMaxResults(THREAD_READ_CAP)
              .getResultList()) {
        if (!tops.contains(m.getId())) {
          earlier.computeIfAbsent(m.getConversationId(), k -> new ArrayList<>()).add(m);
        }
      }
    }
    List<SocialInteraction> all = new ArrayList<>(newest);
    earlier.values().forEach(all::addAll);
    Relationships relationships = relationships(all);
    List<StreamItem> items = new ArrayList<>();
    for (SocialInteraction top : newest) {
      List<SocialInteraction> before =
          earlier.getOrDefault(top.getConversationId(), List.of()); // newest first
      List<StreamItem> shown = new ArrayList<>();
      for (SocialInteraction m : before.subList(0, Math.min(CHILDREN_SHOWN, before.size()))) {
        shown.add(0, item(m, relationships).inThread(1, null));
      }
      items.add(item(top, relationships).withChildren(shown, before.size() - shown.size()));
    }
    return items;
  }

  /** The newest stored id of the stream (0 when empty): what "n new" counts from. */
  public long newestId(long accountId, NetworkStream stream) {
    access.requireView(accountId);
    Long newest =
        em.createQuery(
                "SELECT MAX(i.id) FROM SocialInteraction i WHERE i.account.id = :account AND i.stream = :stream",
                Long.class)
            .setParameter("account", accountId)
            .setParameter("stream", requireSynced(stream))
            .getSingleResult();
    return newest == null ? 0 : newest;
  }

  /**
   * How many top-level items arrived in the stream after {@code newestShownId} (the "n new"
   * indicator).
   */
  public long countNewer(long accountId, NetworkStream stream, long newestShownId) {
    access.requireView(accountId);
    return query(
            "SELECT COUNT(i)",
            accountId,
            stream,
            Relationship.ALL,
            " AND i.id > :after",
            Long.class)
        .setParameter("after", newestShownId)
        .getSingleResult();
  }

  private <T> TypedQuery<T> query(
      String select,
      long accountId,
      NetworkStream stream,
      Relationship relationship,
      String tail,
      Class<T> type) {
    String conversations = stream != null && stream.privateMessages() ? NEWEST_OF_CONVERSATION : "";
    return em.createQuery(jpql(select, relationship, conversations + tail), type)
        .setParameter("account", accountId)
        .setParameter("stream", requireSynced(stream));
  }

  /** The query of a stream's top-level items ({@code :account}, {@code :stream}). */
  static String jpql(String select, Relationship relationship, String tail) {
    String where =
        switch (relationship) {
          case ALL -> "";
          case LEADS -> " AND a.lead IS NOT NULL";
          case CONTACTS -> " AND a.contact IS NOT NULL";
          case UNKNOWN ->
              " AND i.direction = org.crmsocial.social.conversation.entity.Direction.IN"
                  + " AND (a IS NULL OR (a.lead IS NULL AND a.contact IS NULL))";
        };
    return select + TOP_LEVEL + where + tail;
  }

  private static NetworkStream requireSynced(NetworkStream stream) {
    if (stream == null || !stream.synced()) {
      throw new RuleViolation("social.stream.error.unknownStream");
    }
    return stream;
  }

  /**
   * The page's items, each with its thread beneath it: the answers to it, and the answers to those
   * (Facebook comments and their replies, Twitter replies and the replies to them), read a level at
   * a time through the index on (network, parent_external_id), up to {@link #THREAD_DEPTH} levels.
   */
  private List<StreamItem> withChildren(AccountRef account, List<SocialInteraction> parents) {
    if (parents.isEmpty()) {
      return List.of();
    }
    Map<String, List<SocialInteraction>> answers = new HashMap<>();
    List<SocialInteraction> all = new ArrayList<>(parents);
    List<String> level = parents.stream().map(SocialInteraction::getExternalId).toList();
    Set<String> seen = new HashSet<>(); // each answer once, whatever loops a network's ids make
    for (int depth = 1; depth <= THREAD_DEPTH && !level.isEmpty(); depth++) {
      List<String> next = new ArrayList<>();
      for (SocialInteraction answer : answersTo(account, level)) {
        if (all.size() < THREAD_READ_CAP && seen.add(answer.getExternalId())) {
          answers.computeIfAbsent(answer.getParentExternalId(), k -> new ArrayList<>()).add(answer);
          all.add(answer);
          next.add(answer.getExternalId());
        }
      }
      level = next;
    }
    Relationships relationships = relationships(all);
    List<StreamItem> items = new ArrayList<>();
    for (SocialInteraction parent : parents) {
      List<StreamItem> thread = new ArrayList<>();
      thread(parent, 1, answers, relationships, thread);
      List<StreamItem> shown = thread.subList(0, Math.min(CHILDREN_SHOWN, thread.size()));
      items.add(item(parent, relationships).withChildren(shown, thread.size() - shown.size()));
    }
    return items;
  }

  /** The stored answers of the account to {@code answered} (network ids), oldest first. */
  private List<SocialInteraction> answersTo(AccountRef account, List<String> answered) {
    List<SocialInteraction> found = new ArrayList<>();
    for (int from = 0; from < answered.size(); from += CHUNK) {
      found.addAll(
          em.createQuery(
                  "SELECT i FROM SocialInteraction i WHERE i.account.id = :account AND i.network = :network"
                      + " AND i.parentExternalId IN :parents ORDER BY i.createdAt, i.id",
                  SocialInteraction.class)
              .setHint(AUTHOR_FETCH, "i.author")
              .setParameter("account", account.id())
              .setParameter("network", account.network())
              .setParameter(
                  "parents", answered.subList(from, Math.min(answered.size(), from + CHUNK)))
              .getResultList());
    }
    found.sort(
        java.util.Comparator.comparing(SocialInteraction::getCreatedAt)
            .thenComparing(SocialInteraction::getId));
    return found;
  }

  /**
   * Appends the thread beneath {@code answered} to {@code out}: each answer, oldest first, followed
   * by its own answers.
   */
  private static void thread(
      SocialInteraction answered,
      int depth,
      Map<String, List<SocialInteraction>> answers,
      Relationships relationships,
      List<StreamItem> out) {
    for (SocialInteraction answer : answers.getOrDefault(answered.getExternalId(), List.of())) {
      out.add(item(answer, relationships).inThread(depth, labelOf(answered)));
      thread(answer, depth + 1, answers, relationships, out);
    }
  }

  /** The author's label; empty (a sender the network hides) when the item has no author. */
  private static String labelOf(SocialInteraction i) {
    return i.getAuthor() == null ? "" : i.getAuthor().getLabel();
  }

  /** The lead or contact of each author, in two queries for the whole page. */
  private Relationships relationships(List<SocialInteraction> rows) {
    Map<Long, SocialPerson> people = new LinkedHashMap<>();
    for (SocialInteraction row : rows) {
      if (row.getAuthor() != null) {
        people.put(row.getAuthor().getId(), row.getAuthor());
      }
    }
    Relationships result = new Relationships(new HashMap<>(), new HashMap<>());
    if (people.isEmpty()) {
      return result;
    }
    for (Object[] pair :
        em.createQuery(
                "SELECT p.id, l.id FROM SocialPerson p JOIN p.lead l WHERE p.id IN :ids",
                Object[].class)
            .setParameter("ids", List.copyOf(people.keySet()))
            .getResultList()) {
      result.leads().put((Long) pair[0], (Long) pair[1]);
    }
    for (Object[] pair :
        em.createQuery(
                "SELECT p.id, c.id FROM SocialPerson p JOIN p.contact c WHERE p.id IN :ids",
                Object[].class)
            .setParameter("ids", List.copyOf(people.keySet()))
            .getResultList()) {
      result.contacts().put((Long) pair[0], (Long) pair[1]);
    }
    return result;
  }

  private record Relationships(Map<Long, Long> leads, Map<Long, Long> contacts) {}

  private static StreamItem item(SocialInteraction i, Relationships relationships) {
    SocialPerson author = i.getAuthor();
    Long personId = author == null ? null : author.getId();
    return new StreamItem(
        i.getId(),
        i.getExternalId(),
        i.getKind(),
        i.getDirection(),
        personId,
        author == null ? null : author.getLabel(),
        author == null ? null : author.getHandle(),
        personId == null ? null : relationships.leads().get(personId),
        personId == null ? null : relationships.contacts().get(personId),
        i.getText(),
        i.getCreatedAt(),
        i.getPermalink(),
        i.getLikeCount(),
        i.getReplyCount(),
        i.getShareCount(),
        i.isLikedByAccount(),
        i.isSharedByAccount(),
        List.of(),
        0,
        0,
        null,
        i.getRich(),
        privateRecipient(i));
  }

  /** Whom the account's own private message went to (composer wording: never a bare "Own"). */
  private static String privateRecipient(SocialInteraction i) {
    if (i.getDirection() != Direction.OUT || i.getKind() != InteractionKind.MESSAGE) {
      return null;
    }
    SocialPerson to = i.getRecipient();
    return to == null ? null : to.getLabel();
  }

  private static List<NetworkStream> streamsOf(SocialAccount account) {
    List<NetworkStream> streams = new ArrayList<>();
    for (NetworkStream stream : NetworkStream.values()) {
      if (stream.synced() && stream.network() == account.getNetwork()) {
        streams.add(stream);
      }
    }
    return streams;
  }

  private List<AccountStreams.SavedSearchRef> savedSearches(SocialAccount account) {
    return em
        .createQuery(
            "SELECT s FROM SavedSearch s WHERE s.account = :account ORDER BY s.createdAt, s.id",
            SavedSearch.class)
        .setParameter("account", account)
        .getResultList()
        .stream()
        .map(s -> new AccountStreams.SavedSearchRef(s.getId(), s.getQuery()))
        .toList();
  }
}
