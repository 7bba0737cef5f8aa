package org.crmsocial.social.stream.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.crmsocial.platform.control.AuditAction;
import org.crmsocial.platform.control.AuditDetail;
import org.crmsocial.platform.control.AuditField;
import org.crmsocial.platform.control.AuditLog;
import org.crmsocial.platform.control.Clock;
import org.crmsocial.platform.control.NotFound;
import org.crmsocial.platform.control.RuleViolation;
import org.crmsocial.social.settings.entity.SocialAccount;
import org.crmsocial.social.stream.entity.SavedSearch;

/**
 * The stored Twitter searches, each change audited. No rule of its own: {@link SearchService}
 * checks the SEARCH grant before calling it.
 */
@Stateless
public class SavedSearches {

  /** Searches one account may keep. */
  static final int MAX_PER_ACCOUNT = 20;

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;

  public long save(long accountId, String query, String by) {
    SocialAccount account = em.find(SocialAccount.class, accountId);
    long already =
        em.createQuery(
                "SELECT COUNT(s) FROM SavedSearch s WHERE s.account = :account AND s.query = :query",
                Long.class)
            .setParameter("account", account)
            .setParameter("query", query)
            .getSingleResult();
    if (already > 0) {
      throw new RuleViolation("social.stream.error.searchSaved");
    }
    long count =
        em.createQuery("SELECT COUNT(s) FROM SavedSearch s WHERE s.account = :account", Long.class)
            .setParameter("account", account)
            .getSingleResult();
    if (count >= MAX_PER_ACCOUNT) {
      throw new RuleViolation("social.stream.error.tooManySearches", MAX_PER_ACCOUNT);
    }
    SavedSearch search = new SavedSearch(account, query, by, Clock.now());
    em.persist(search);
    em.flush();
    audit.record(
        AuditAction.SOCIAL_SEARCH_SAVE,
        account.describe(),
        AuditDetail.of(AuditField.QUERY, query));
    return search.getId();
  }

  public void delete(long id) {
    SavedSearch search = find(id);
    audit.record(
        AuditAction.SOCIAL_SEARCH_DELETE,
        search.getAccount().describe(),
        AuditDetail.of(AuditField.QUERY, search.getQuery()));
    em.remove(search);
  }

  public long accountOf(long id) {
    return find(id).getAccount().getId();
  }

  public String queryOf(long id) {
    return find(id).getQuery();
  }

  private SavedSearch find(long id) {
    SavedSearch search = em.find(SavedSearch.class, id);
    if (search == null) {
      throw new NotFound("saved search", id);
    }
    return search;
  }
}
