package org.crmsocial.social.conversation.control;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The queries of the Social Interactions list, apart from any rule, so that the people feature's
 * {@code InteractionHistoryService} and the benchmarks run the very same JPQL. The list is two
 * halves, each read newest first through its own index and cut at the page's end, then merged (a
 * UNION ALL of two ordered, limited reads): what the record's people wrote, through {@code
 * social_person_lead_idx} (or {@code social_person_contact_idx}) and {@code
 * social_interaction_author_idx} (author, created_at, id); and what was addressed to them by others
 * (the brand's replies and messages, S-4), through {@code social_interaction_recipient_idx}
 * (recipient, created_at, id). An item both by and to the record's people is in the first half
 * only.
 */
public final class InteractionQueries {

  private static final String ROW =
      "SELECT NEW org.crmsocial.social.conversation.control.InteractionRow";

  /** What the record's people wrote. */
  private static final String WRITTEN =
      " FROM SocialInteraction i JOIN i.author p WHERE %s = :record AND i.account.id IN :accounts";

  /**
   * What others addressed to the record's people. No outer join to the author: H2 keeps the order
   * of an outer join and would then read every interaction of the account; the page's authors are
   * named by a second small query ({@link #named}). The record's people are an IN subquery on the
   * recipient: with the condition on the joined person, H2 chose to read every interaction of the
   * account (1,000,000 in the benchmark) and join each; so it seeks the recipient index. The
   * account test is written {@code accountId + 0} so that no database can take the account's index
   * instead: H2 did, with the statistics of a freshly loaded table, and the list took minutes.
   */
  private static final String ADDRESSED =
      " FROM SocialInteraction i JOIN i.recipient p WHERE i.recipientId IN (SELECT r.id FROM SocialPerson r"
          + " WHERE %s = :record) AND i.accountId + 0 IN :accounts"
          + " AND (i.author IS NULL OR i.author NOT IN (SELECT q FROM SocialPerson q WHERE %s = :record))";

  private static final String NEWEST_FIRST = " ORDER BY i.createdAt DESC, i.id DESC";

  /** The list's order: newest first, then the higher id. */
  static final Comparator<InteractionRow> ORDER =
      Comparator.comparing(InteractionRow::createdAt).thenComparing(InteractionRow::id).reversed();

  private InteractionQueries() {}

  public static long count(EntityManager em, RecordKind kind, long recordId, List<Long> accounts) {
    return em.createQuery("SELECT COUNT(i)" + written(kind), Long.class)
            .setParameter("record", recordId)
            .setParameter("accounts", accounts)
            .getSingleResult()
        + em.createQuery("SELECT COUNT(i)" + addressed(kind), Long.class)
            .setParameter("record", recordId)
            .setParameter("accounts", accounts)
            .getSingleResult();
  }

  /** Rows {@code first} to {@code first + size} of the list, newest first. */
  public static List<InteractionRow> page(
      EntityManager em, RecordKind kind, long recordId, List<Long> accounts, int first, int size) {
    int end = first + size;
    List<InteractionRow> rows = new ArrayList<>(2 * end);
    rows.addAll(
        newest(
            em,
            "(i.id, i.network, i.kind, i.direction, p.displayName, p.handle, i.text, i.permalink,"
                + " i.createdAt, i.textHtml, i.attachmentTitle, i.attachmentUrl)"
                + written(kind),
            recordId,
            accounts,
            end));
    rows.addAll(
        newest(
            em,
            "(i.id, i.network, i.kind, i.direction, i.text, i.permalink, i.createdAt, p.displayName,"
                + " p.handle, i.textHtml, i.attachmentTitle, i.attachmentUrl)"
                + addressed(kind),
            recordId,
            accounts,
            end));
    rows.sort(ORDER);
    return named(em, rows.subList(Math.min(first, rows.size()), Math.min(end, rows.size())));
  }

  /** The first {@code end} rows of one half, newest first. */
  private static List<InteractionRow> newest(
      EntityManager em, String rowAndFrom, long recordId, List<Long> accounts, int end) {
    return em.createQuery(ROW + rowAndFrom + NEWEST_FIRST, InteractionRow.class)
        .setParameter("record", recordId)
        .setParameter("accounts", accounts)
        .setMaxResults(end)
        .getResultList();
  }

  /** The page with the authors of what others addressed to the record's people named. */
  private static List<InteractionRow> named(EntityManager em, List<InteractionRow> page) {
    List<Long> unnamed =
        page.stream().filter(r -> r.addressed() && !r.own()).map(InteractionRow::id).toList();
    if (unnamed.isEmpty()) {
      return List.copyOf(page);
    }
    Map<Long, String> names = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT i.id, a.displayName, a.handle FROM SocialInteraction i JOIN i.author a"
                    + " WHERE i.id IN :ids",
                Object[].class)
            .setParameter("ids", unnamed)
            .getResultList()) {
      names.put((Long) row[0], InteractionRow.label((String) row[1], (String) row[2]));
    }
    return page.stream()
        .map(r -> names.containsKey(r.id()) ? r.withAuthorLabel(names.get(r.id())) : r)
        .toList();
  }

  private static String written(RecordKind kind) {
    return WRITTEN.formatted(kind.personPath());
  }

  private static String addressed(RecordKind kind) {
    return ADDRESSED.formatted(
        kind.personPath().replaceFirst("^p\\.", "r."),
        kind.personPath().replaceFirst("^p\\.", "q."));
  }
}
