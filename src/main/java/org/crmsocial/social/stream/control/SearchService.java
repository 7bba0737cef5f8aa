package org.crmsocial.social.stream.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crmsocial.platform.control.AuditLog;
import org.crmsocial.platform.control.Clock;
import org.crmsocial.platform.control.RuleViolation;
import org.crmsocial.security.control.CurrentUser;
import org.crmsocial.social.conversation.entity.Direction;
import org.crmsocial.social.conversation.entity.InteractionKind;
import org.crmsocial.social.provider.control.ProviderClients;
import org.crmsocial.social.provider.control.SocialNetworkClient;
import org.crmsocial.social.provider.model.NetworkItem;
import org.crmsocial.social.provider.model.NetworkStream;
import org.crmsocial.social.provider.model.ProviderException;
import org.crmsocial.social.provider.model.StreamPage;
import org.crmsocial.social.provider.model.StreamQuery;
import org.crmsocial.social.settings.control.AccountPermissions;
import org.crmsocial.social.settings.control.AccountRef;
import org.crmsocial.social.settings.control.AuthorizedCalls;
import org.crmsocial.social.settings.entity.SocialAction;

/**
 * Twitter search (S-12): runs live against the network with the SEARCH grant, one page at a time
 * (the network's cursor), and upserts the authors as people so "+ Add" works on them. A search can
 * be saved as a stream of the Social tab and deleted again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchService {

  /** Results per page. */
  public static final int PAGE_SIZE = 20;

  @Inject AccountPermissions access;
  @Inject ProviderClients clients;
  @Inject AuthorizedCalls calls;
  @Inject StreamWrites writes;
  @Inject SavedSearches saved;
  @Inject CurrentUser currentUser;
  @Inject AuditLog audit;

  /** One page of results: the items and the cursor of the next page (null on the last). */
  public record Results(List<StreamItem> items, String nextCursor) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * Searches Twitter now.
   *
   * @param cursor the previous page's {@link Results#nextCursor()}, null for the first page
   */
  public Results search(long accountId, String query, String cursor) {
    AccountRef account = access.requireAction(accountId, SocialAction.SEARCH);
    String q = validQuery(query);
    StreamPage<NetworkItem> page;
    SocialNetworkClient client = clients.of(account.network());
    try {
      page =
          calls.call(
              client,
              ActionService.tokens(calls, account),
              tokens ->
                  client.read(
                      StreamQuery.of(NetworkStream.TWITTER_SEARCH, tokens.user(), null)
                          .withSubject(q)
                          .withCursor(cursor)
                          .withLimit(PAGE_SIZE)));
    } catch (ProviderException e) {
      throw new RuleViolation(e.key(), e.args());
    }
    Map<String, StreamWrites.PersonLink> people =
        writes.people(
            account.network(),
            page.items().stream().map(NetworkItem::author).filter(Objects::nonNull).toList());
    List<StreamItem> items = page.items().stream().map(i -> item(account, i, people)).toList();
    return new Results(items, page.nextCursor());
  }

  /** Saves a search as a stream of the account. */
  public long save(long accountId, String query) {
    access.requireAction(accountId, SocialAction.SEARCH);
    String q = validQuery(query);
    long id = saved.save(accountId, q, currentUser.get().getName());
    return id;
  }

  /** Deletes a saved search (the page asks for confirmation first). */
  public void delete(long savedSearchId) {
    long accountId = saved.accountOf(savedSearchId);
    access.requireAction(accountId, SocialAction.SEARCH);
    saved.delete(savedSearchId);
  }

  /** A saved search's query, for reading it live. */
  public String query(long savedSearchId) {
    long accountId = saved.accountOf(savedSearchId);
    access.requireView(accountId);
    return saved.queryOf(savedSearchId);
  }

  static String validQuery(String query) {
    String q = query == null ? "" : query.strip();
    if (q.isEmpty()) {
      throw new RuleViolation("social.stream.error.blankQuery");
    }
    if (q.length() > org.crmsocial.social.stream.entity.SavedSearch.MAX_QUERY) {
      throw new RuleViolation(
          "social.stream.error.tooLong", org.crmsocial.social.stream.entity.SavedSearch.MAX_QUERY);
    }
    return q;
  }

  private static StreamItem item(
      AccountRef account, NetworkItem i, Map<String, StreamWrites.PersonLink> people) {
    StreamWrites.PersonLink author = i.author() == null ? null : people.get(i.author().id());
    return new StreamItem(
        null,
        i.externalId(),
        InteractionKind.of(i.kind()),
        i.author() != null && i.author().id().equals(account.externalUserId())
            ? Direction.OUT
            : Direction.IN,
        author == null ? null : author.id(),
        author == null ? null : author.label(),
        author == null ? null : author.handle(),
        author == null ? null : author.leadId(),
        author == null ? null : author.contactId(),
        i.text(),
        i.createdAt() == null ? Clock.now() : i.createdAt().atOffset(ZoneOffset.UTC),
        i.permalink(),
        i.counts().likes(),
        i.counts().replies(),
        i.counts().shares(),
        false,
        false,
        List.of(),
        0,
        0,
        null,
        i.rich(),
        null);
  }
}
