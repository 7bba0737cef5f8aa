package org.crmsocial.social.sync.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmsocial.social.conversation.control.InteractionStore;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.NetworkItem;
import org.crmsocial.social.provider.model.NetworkStream;
import org.crmsocial.social.settings.entity.AccountStatus;
import org.crmsocial.social.settings.entity.SocialAccount;
import org.crmsocial.social.sync.entity.SyncCursor;
import org.crmsocial.social.sync.entity.WaitReason;

/**
 * The sync's short database transactions, each its own ({@code REQUIRES_NEW}): the sync calls the
 * networks with no transaction and comes here to store a page and move its cursor together, so the
 * cursor never gets ahead of what is stored (DESIGN.md §4). System work: no user rules apply.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CursorStore {

  @PersistenceContext EntityManager em;
  @EJB InteractionStore interactions;

  /** What the sync needs to know of an account, read in one transaction. */
  public record AccountSnapshot(long id, Network network, AccountStatus status, String ownerId) {}

  /** A stream's cursor as it stood when read. */
  public record CursorSnapshot(
      long id,
      NetworkStream stream,
      StreamRun.State state,
      OffsetDateTime nextAttemptAt,
      WaitReason waitReason,
      int consecutiveFailures,
      FullWalk.State walk,
      OffsetDateTime nextWalkAt) {}

  /**
   * The account, with the owner id its streams are read for: the page on Facebook and Google+, the
   * account's own user id on Twitter.
   */
  public Optional<AccountSnapshot> account(long accountId) {
    SocialAccount a = em.find(SocialAccount.class, accountId);
    if (a == null) {
      return Optional.empty();
    }
    String owner =
        SocialAccount.needsPage(a.getNetwork())
            ? (a.getPage() == null ? null : a.getPage().getExternalPageId())
            : a.getExternalUserId();
    return Optional.of(new AccountSnapshot(a.getId(), a.getNetwork(), a.getStatus(), owner));
  }

  /** The ids of the active accounts (for the timers at startup). */
  public List<Long> activeAccounts() {
    return em.createQuery("SELECT a.id FROM SocialAccount a WHERE a.status = :active", Long.class)
        .setParameter("active", AccountStatus.ACTIVE)
        .getResultList();
  }

  /**
   * The cursors of {@code streams} of an account, created where missing.
   *
   * @throws AccountNotActive when the account was removed or needs re-authorization meanwhile (no
   *     cursor is created for it: a later link reads its streams from the start)
   */
  public List<CursorSnapshot> cursors(long accountId, Collection<NetworkStream> streams) {
    SocialAccount account = em.find(SocialAccount.class, accountId);
    if (account == null || account.getStatus() != AccountStatus.ACTIVE) {
      throw new AccountNotActive(accountId);
    }
    Map<NetworkStream, SyncCursor> byStream = new HashMap<>();
    for (SyncCursor c : of(account)) {
      byStream.put(c.getStream(), c);
    }
    List<SyncCursor> wanted = new ArrayList<>();
    for (NetworkStream stream : streams) {
      SyncCursor cursor = byStream.get(stream);
      if (cursor == null) {
        cursor = new SyncCursor(account, stream);
        em.persist(cursor);
      }
      wanted.add(cursor);
    }
    em.flush();
    return wanted.stream().map(CursorStore::snapshot).toList();
  }

  /** Every cursor of an account. */
  public List<SyncCursor> of(SocialAccount account) {
    return em.createQuery(
            "SELECT c FROM SyncCursor c WHERE c.account = :account ORDER BY c.stream",
            SyncCursor.class)
        .setParameter("account", account)
        .getResultList();
  }

  /**
   * Stores pages read for a cursor and moves the cursor in the same transaction, to where {@link
   * StreamRun#after} the pages it stands.
   *
   * @return how many items of each page were new
   */
  public int[] commit(long cursorId, List<StreamRun.Read> pages) {
    SyncCursor cursor = activeCursor(cursorId);
    List<NetworkItem> items = new ArrayList<>();
    pages.forEach(page -> items.addAll(page.items()));
    int[] added =
        StreamRun.newPerPage(
            pages, interactions.storeNew(cursor.getAccount(), cursor.getStream(), items));
    StreamRun.State next = StreamRun.after(pages, added);
    cursor.setSinceMarker(next.sinceMarker());
    cursor.setPendingMarker(next.pendingMarker());
    cursor.setBackfillCursor(next.backfillCursor());
    cursor.addItemsFetched(java.util.Arrays.stream(added).sum());
    return added;
  }

  /**
   * Stores a page read by the stream's full walk and moves the walk to {@code next} in the same
   * transaction; when {@code next} is {@link FullWalk.State#NONE} the walk is finished at {@code
   * at} and the next one is due {@code interval} later.
   *
   * @return how many items were new
   */
  public int walked(
      long cursorId,
      List<NetworkItem> items,
      FullWalk.State next,
      OffsetDateTime at,
      Duration interval) {
    SyncCursor cursor = activeCursor(cursorId);
    int added = interactions.store(cursor.getAccount(), cursor.getStream(), items);
    if (next.underWay()) {
      cursor.walkedTo(next.cursor(), next.pages(), at);
    } else {
      cursor.walkFinished(at, at.plus(interval));
    }
    cursor.addItemsFetched(added);
    return added;
  }

  /**
   * The newest-first read of the stream went from its newest page to its last: a full walk ends at
   * {@code at} (unless one is under way) and the next is due {@code interval} later.
   */
  public void walkCovered(long cursorId, OffsetDateTime at, Duration interval) {
    SyncCursor cursor = em.find(SyncCursor.class, cursorId);
    if (cursor != null && cursor.getWalkStartedAt() == null) {
      cursor.walkFinished(at, at.plus(interval));
    }
  }

  /** Stores items that belong to a cursor's stream (comments, refreshed counts); cursor unmoved. */
  public int store(long cursorId, List<NetworkItem> items) {
    SyncCursor cursor = activeCursor(cursorId);
    int added = interactions.store(cursor.getAccount(), cursor.getStream(), items);
    cursor.addItemsFetched(added);
    return added;
  }

  /**
   * Clears the back-off waits of an account's streams (its markers stay) and makes their full walk
   * due: it was linked again or re-authorized, and what appeared meanwhile anywhere in its streams
   * is read. A rate-limit wait stays (issue 19 point 17): the network's budget is the app's and the
   * account's, a new token does not reset it.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void clearWaits(long accountId) {
    em.createQuery(
            "UPDATE SyncCursor c SET c.nextAttemptAt = NULL, c.waitReason = NULL, c.consecutiveFailures = 0"
                + " WHERE c.account.id = :id AND (c.waitReason IS NULL OR c.waitReason <> :rateLimit)")
        .setParameter("id", accountId)
        .setParameter("rateLimit", WaitReason.RATE_LIMIT)
        .executeUpdate();
    em.createQuery("UPDATE SyncCursor c SET c.nextWalkAt = NULL WHERE c.account.id = :id")
        .setParameter("id", accountId)
        .executeUpdate();
  }

  /**
   * Forgets where the account's streams stood: it was removed. Its interactions stay (S-19); a
   * later link of the same account reads its streams from the start again, so whatever appeared
   * while it was unlinked (backdated posts included) is stored, and nothing twice.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void forget(long accountId) {
    em.createQuery("DELETE FROM SyncCursor c WHERE c.account.id = :id")
        .setParameter("id", accountId)
        .executeUpdate();
  }

  /**
   * Forgets the unfinished reads (backfill and full walk) whose cursor the network no longer
   * accepts; they start over (idempotent).
   */
  public void restart(long cursorId) {
    SyncCursor cursor = activeCursor(cursorId);
    cursor.setBackfillCursor(null);
    cursor.setPendingMarker(null);
    cursor.restartWalk();
  }

  /**
   * How many comments (or replies) are stored under each of {@code parentIds}, for deciding whose
   * comments to read again. The parent-id index leads with the parent (V7), so H2 seeks each parent
   * of the IN list (with the network first it read every interaction of the network).
   */
  public Map<String, Long> storedReplies(Network network, List<String> parentIds) {
    return countBy("parentExternalId", network, parentIds);
  }

  /** How many messages are stored in each of {@code conversationIds}. */
  public Map<String, Long> storedMessages(Network network, List<String> conversationIds) {
    return countBy("conversationId", network, conversationIds);
  }

  private Map<String, Long> countBy(String field, Network network, List<String> ids) {
    Map<String, Long> counts = new HashMap<>();
    if (ids.isEmpty()) {
      return counts;
    }
    for (Object[] row :
        em.createQuery(
                "SELECT i.%1$s, COUNT(i) FROM SocialInteraction i WHERE i.network = :network AND i.%1$s IN :ids GROUP BY i.%1$s"
                    .formatted(field),
                Object[].class)
            .setParameter("network", network)
            .setParameter("ids", ids)
            .getResultList()) {
      counts.put((String) row[0], (Long) row[1]);
    }
    return counts;
  }

  /** A run of the stream ended well: its error and back-off are cleared. */
  public void succeeded(long cursorId, int runItems, OffsetDateTime at) {
    SyncCursor cursor = em.find(SyncCursor.class, cursorId);
    if (cursor == null) {
      return; // the account was removed during the run: nothing to report on
    }
    cursor.setLastAttemptAt(at);
    cursor.setLastSuccessAt(at);
    cursor.setLastRunItems(runItems);
    cursor.setLastError(null);
    cursor.setConsecutiveFailures(0);
    cursor.setNextAttemptAt(null);
    cursor.setWaitReason(null);
  }

  /**
   * A run of the stream ended well but the network's budget asks it to hold its next call until
   * {@code until} (issue 19 point 17): no error, a rate-limit wait that even Sync now honours.
   */
  public void paused(long cursorId, int runItems, OffsetDateTime until, OffsetDateTime at) {
    succeeded(cursorId, runItems, at);
    waitUntil(cursorId, until);
  }

  /**
   * The stream is not read before {@code until}: the account's budget is spent (a throttle or usage
   * on another of its streams, issue 19 point 14). A later wait already set stays.
   */
  public void waitUntil(long cursorId, OffsetDateTime until) {
    SyncCursor cursor = em.find(SyncCursor.class, cursorId);
    if (cursor == null
        || (cursor.getNextAttemptAt() != null && !cursor.getNextAttemptAt().isBefore(until))) {
      return;
    }
    cursor.setNextAttemptAt(until);
    cursor.setWaitReason(WaitReason.RATE_LIMIT);
  }

  /**
   * A run of the stream failed after storing {@code runItems}: the error in words (never a token)
   * and when to try again.
   */
  public void failed(
      long cursorId,
      int runItems,
      String error,
      OffsetDateTime nextAttempt,
      WaitReason reason,
      OffsetDateTime at) {
    SyncCursor cursor = em.find(SyncCursor.class, cursorId);
    if (cursor == null) {
      return; // the account was removed during the run: nothing to report on
    }
    cursor.setLastAttemptAt(at);
    cursor.setLastRunItems(runItems);
    cursor.setLastError(error);
    cursor.setConsecutiveFailures(
        reason == WaitReason.BACKOFF
            ? cursor.getConsecutiveFailures() + 1
            : cursor.getConsecutiveFailures());
    cursor.setNextAttemptAt(nextAttempt);
    cursor.setWaitReason(nextAttempt == null ? null : reason);
  }

  /** Reads the cursors of accounts for the status panel (no changes). */
  public List<SyncCursor> cursorsOf(Collection<Long> accountIds) {
    if (accountIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT c FROM SyncCursor c JOIN FETCH c.account WHERE c.account.id IN :ids ORDER BY c.stream",
            SyncCursor.class)
        .setParameter("ids", accountIds)
        .getResultList();
  }

  /**
   * The cursor, if its account is still active.
   *
   * @throws AccountNotActive when the account was removed or needs re-authorization meanwhile
   */
  private SyncCursor activeCursor(long cursorId) {
    SyncCursor cursor = em.find(SyncCursor.class, cursorId);
    if (cursor == null) {
      throw AccountNotActive.cursorGone(cursorId);
    }
    if (cursor.getAccount().getStatus() != AccountStatus.ACTIVE) {
      throw new AccountNotActive(cursor.getAccount().getId());
    }
    return cursor;
  }

  private static CursorSnapshot snapshot(SyncCursor c) {
    return new CursorSnapshot(
        c.getId(),
        c.getStream(),
        new StreamRun.State(c.getSinceMarker(), c.getPendingMarker(), c.getBackfillCursor()),
        c.getNextAttemptAt(),
        c.getWaitReason(),
        c.getConsecutiveFailures(),
        c.getWalkStartedAt() == null
            ? FullWalk.State.NONE
            : new FullWalk.State(true, c.getWalkCursor(), c.getWalkPages()),
        c.getNextWalkAt());
  }
}
