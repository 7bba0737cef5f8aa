package org.crmsocial.social.people.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.crmsocial.social.settings.entity.AccountStatus;

/**
 * The queries of the Social Interactions list, apart from any rule, so that {@link
 * InteractionHistoryService} and the benchmarks run the very same JPQL. The page query reads the
 * interactions of the record's people through {@code social_person_lead_idx} (or {@code
 * social_person_contact_idx}) and {@code social_interaction_author_idx} (author, created_at, id).
 */
public final class InteractionQueries {

  private static final String FROM =
      " FROM SocialInteraction i JOIN i.author p WHERE %s = :record AND i.account.id IN :accounts";

  private InteractionQueries() {}

  /** The accounts whose interactions show: in use (active or waiting for re-authorization). */
  public static List<Long> visibleAccounts(EntityManager em) {
    return em.createQuery(
            "SELECT a.id FROM SocialAccount a WHERE a.status IN :statuses", Long.class)
        .setParameter("statuses", List.of(AccountStatus.ACTIVE, AccountStatus.NEEDS_REAUTH))
        .getResultList();
  }

  public static long count(EntityManager em, RecordKind kind, long recordId, List<Long> accounts) {
    return em.createQuery("SELECT COUNT(i)" + FROM.formatted(kind.personPath()), Long.class)
        .setParameter("record", recordId)
        .setParameter("accounts", accounts)
        .getSingleResult();
  }

  /** Rows {@code first} to {@code first + size} of the list, newest first. */
  public static TypedQuery<InteractionRow> page(
      EntityManager em, RecordKind kind, long recordId, List<Long> accounts, int first, int size) {
    return em.createQuery(
            "SELECT NEW org.crmsocial.social.people.control.InteractionRow(i.id, i.network, i.kind,"
                + " i.direction, p.displayName, p.handle, i.text, i.permalink, i.createdAt)"
                + FROM.formatted(kind.personPath())
                + " ORDER BY i.createdAt DESC, i.id DESC",
            InteractionRow.class)
        .setParameter("record", recordId)
        .setParameter("accounts", accounts)
        .setFirstResult(first)
        .setMaxResults(size);
  }
}
