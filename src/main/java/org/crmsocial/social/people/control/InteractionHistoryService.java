package org.crmsocial.social.people.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.crmsocial.platform.control.PageRequest;
import org.crmsocial.security.control.CurrentUser;
import org.crmsocial.social.conversation.control.InteractionQueries;
import org.crmsocial.social.conversation.control.InteractionRow;
import org.crmsocial.social.conversation.control.RecordKind;
import org.crmsocial.social.settings.control.AccountPermissions;

/**
 * The Social Interactions related list of a lead or contact (S-4): every stored interaction written
 * by the people associated with the record or addressed to them (the brand's replies and messages
 * to them included), newest first, a page from two index-ordered queries ({@link
 * InteractionQueries}). Interactions of removed accounts stay stored but are not shown (S-18,
 * S-19); with no account in use at all the list is unavailable and the page says that social
 * integration is off (S-18).
 *
 * <p>Who may see it: whoever may see the record (every signed-in user may see every lead and
 * contact). It needs no Social permission: the "Lead/Contact detail page" part is about associating
 * people ({@link PeopleService}), not about reading what is already stored. An edition without
 * Social shows it as off (S-7).
 */
@Stateless
public class InteractionHistoryService {

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject AccountPermissions permissions;

  /** S-18: whether an account is in use (active or waiting for re-authorization). */
  public boolean integrationOn() {
    currentUser.get();
    return !visibleAccounts().isEmpty();
  }

  /** How many interactions the record's list has; 0 while social integration is off. */
  public long count(RecordKind kind, long recordId) {
    currentUser.get();
    List<Long> accounts = visibleAccounts();
    if (accounts.isEmpty()) {
      return 0;
    }
    return InteractionQueries.count(em, kind, recordId, accounts);
  }

  /** One page of the record's list, newest first; empty while social integration is off. */
  public List<InteractionRow> page(RecordKind kind, long recordId, int first, int size) {
    currentUser.get();
    List<Long> accounts = visibleAccounts();
    if (accounts.isEmpty()) {
      return List.of();
    }
    int rows = Math.min(Math.max(1, size), PageRequest.MAX_SIZE);
    return InteractionQueries.page(em, kind, recordId, accounts, Math.max(0, first), rows);
  }

  /** The accounts whose interactions show, as {@link AccountPermissions} decides. */
  private List<Long> visibleAccounts() {
    return permissions.accountsShownInHistories();
  }
}
