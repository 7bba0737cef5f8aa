package org.crmsocial.social.stream.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.crmsocial.platform.boundary.Messages;
import org.crmsocial.social.stream.control.SearchService;
import org.crmsocial.social.stream.control.StreamItem;

/**
 * Twitter search on the Social tab (S-12): runs live against the network, pages with the network's
 * cursor ("More"), and saves a search as a stream or deletes a saved one (after confirmation).
 */
@Named
@ViewScoped
public class TwitterSearchView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SearchService searches;
  @Inject SocialTabView tab;

  private String query;
  private String shownQuery;
  private Long savedSearchId;
  private List<StreamItem> results = List.of();
  private String nextCursor;

  /** Runs the typed query on the account's Twitter. */
  public void search(long accountId) {
    savedSearchId = null;
    run(accountId, query);
  }

  /** Shows a saved search as a stream: read live. */
  public void open(long accountId, long savedId) {
    String saved = searches.query(savedId);
    savedSearchId = savedId;
    query = saved;
    run(accountId, saved);
  }

  /** The next (older) page of results. */
  public void more() {
    if (nextCursor == null || tab.getAccountId() == null) {
      return;
    }
    SearchService.Results page = searches.search(tab.getAccountId(), shownQuery, nextCursor);
    List<StreamItem> all = new ArrayList<>(results);
    all.addAll(page.items());
    results = all;
    nextCursor = page.nextCursor();
  }

  /** Saves the shown search as a stream. */
  public void save() {
    if (shownQuery == null || tab.getAccountId() == null) {
      return;
    }
    savedSearchId = searches.save(tab.getAccountId(), shownQuery);
    tab.reload();
    Messages.info("social.stream.search.saved");
  }

  /** Deletes a saved search (the page confirmed first). */
  public void delete(long savedId) {
    searches.delete(savedId);
    if (Long.valueOf(savedId).equals(savedSearchId)) {
      savedSearchId = null;
    }
    tab.reload();
    Messages.info("social.stream.search.deleted");
  }

  private void run(long accountId, String text) {
    SearchService.Results page = searches.search(accountId, text, null);
    results = page.items();
    nextCursor = page.nextCursor();
    shownQuery = text.strip();
    tab.searchShown(accountId);
  }

  public boolean isShownSaved(long savedId) {
    return tab.isSearching() && Long.valueOf(savedId).equals(savedSearchId);
  }

  public boolean isSaved() {
    return savedSearchId != null;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public String getShownQuery() {
    return shownQuery;
  }

  /** Shows the results by {@code personId} with their new lead or contact (after "+ Add"). */
  public void madeRecord(long personId, Long leadId, Long contactId) {
    results =
        results.stream()
            .map(
                i ->
                    Long.valueOf(personId).equals(i.personId())
                        ? i.withRecord(leadId, contactId)
                        : i)
            .toList();
  }

  public List<StreamItem> getResults() {
    return results;
  }

  public boolean isMore() {
    return nextCursor != null;
  }
}
