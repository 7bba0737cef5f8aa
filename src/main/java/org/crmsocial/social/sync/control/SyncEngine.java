package org.crmsocial.social.sync.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.random.RandomGenerator;
import org.crmsocial.social.provider.control.ProviderClients;
import org.crmsocial.social.provider.control.SocialNetworkClient;
import org.crmsocial.social.provider.model.ItemKind;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.NetworkItem;
import org.crmsocial.social.provider.model.NetworkStream;
import org.crmsocial.social.provider.model.ProviderException;
import org.crmsocial.social.provider.model.RateBudget;
import org.crmsocial.social.provider.model.SealedToken;
import org.crmsocial.social.provider.model.StreamPage;
import org.crmsocial.social.provider.model.StreamQuery;
import org.crmsocial.social.settings.control.AccountTokens;
import org.crmsocial.social.settings.control.AuthorizedCalls;
import org.crmsocial.social.settings.control.LinkStore;
import org.crmsocial.social.settings.control.TokenRefresh;
import org.crmsocial.social.settings.entity.AccountStatus;
import org.crmsocial.social.sync.control.CursorStore.AccountSnapshot;
import org.crmsocial.social.sync.control.CursorStore.CursorSnapshot;
import org.crmsocial.social.sync.entity.WaitReason;

/**
 * Syncs one account (DESIGN.md §4): every {@link NetworkStream#synced()} stream of its network,
 * each with {@link StreamRun} from its cursor. Network calls run with no transaction, the next
 * pages of a backlog read ahead ({@link PrefetchingSource}); each page (a group of pages, within a
 * backlog whose pages prove all new) is stored and its cursor moved in a short transaction of
 * {@link CursorStore}. Posts whose comment count is above the comments stored get their comments
 * read (Facebook page feed, Google+ activities): every such post the run read, so a backlog's
 * comments are read with its posts and none is left behind (the run itself reads at most {@code
 * pagesPerRun} pages). Only Twitter's streams use a {@code since} marker (see {@link #usesSince});
 * the others also have a {@link FullWalk} that re-reads every page, {@code pagesPerRun} more pages
 * a run once the newest-first read has caught up, for what appears behind the stored pages. A
 * Facebook conversation whose message count is above the messages stored gets its messages edge
 * read.
 *
 * <p>Failures stay with the stream: a rate limit waits past the network's reset time, a 5xx, a
 * timeout or another error backs off ({@link RetryPolicy}); the cursor records the error in words
 * and the next attempt. Where a network's limit is the account's (Facebook, Google) a throttle
 * holds the account's other streams too, without a call that would only be refused (issue 19 point
 * 14). The budget each page's usage headers report ({@link RateBudget}) pauses the stream, or the
 * account, before the network refuses (issue 19 point 17): what was read is kept, the stream waits
 * with no error. An expired token is renewed once where the network can ({@link TokenRefresh});
 * otherwise the account is marked NEEDS_REAUTH, which stops its timer. Only ACTIVE accounts are
 * synced, checked again at the start of every run. One run per account at a time: on a server by a
 * lock, in a cluster by the account's lease in the database ({@link SyncLeases}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SyncEngine {

  private static final System.Logger LOG = System.getLogger(SyncEngine.class.getName());

  /** Items asked per page (the networks' maximum). */
  static final int PAGE_SIZE = 100;

  /**
   * Pages of comments read per post (messages per conversation), at most: a safety stop should a
   * server keep answering with a next page.
   */
  static final int THREAD_PAGES = 50;

  /**
   * How long a run's lease on its account lasts unless renewed (after every stream): a server that
   * dies mid-run holds the account no longer than this.
   */
  static final Duration LEASE = Duration.ofMinutes(10);

  private static final Map<Long, ReentrantLock> RUNNING = new ConcurrentHashMap<>();

  @EJB CursorStore cursors;
  @EJB SyncLeases leases;
  @EJB LinkStore links;
  @Inject AuthorizedCalls calls;
  @Inject ProviderClients clients;
  @Inject SyncSettings settings;

  private final RetryPolicy retry = new RetryPolicy(RandomGenerator.getDefault());

  /** The engine's "now": the system's, or a test's. */
  java.time.Clock clock = java.time.Clock.systemUTC();

  /**
   * What one run of an account did.
   *
   * @param networkMillis time spent waiting for the network (reads; a page read ahead while the
   *     previous one was stored counts only for what was left to wait)
   * @param storeMillis time spent storing pages and moving cursors
   * @param resumeAt the earliest end of a rate-limit wait this run set (a throttle, a budget
   *     spent), for the scheduler to resume then rather than at a later tick; null if none
   */
  public record Report(
      long accountId,
      boolean ran,
      int newItems,
      int failedStreams,
      boolean needsReauthorization,
      long networkMillis,
      long storeMillis,
      Instant resumeAt) {

    static Report skipped(long accountId) {
      return new Report(accountId, false, 0, 0, false, 0, 0, null);
    }
  }

  /**
   * Syncs an account unless it is not active, or a run of it is under way on this server or, in a
   * cluster, on another (the account's lease in the database, see {@link SyncLeases}).
   *
   * @param manual Sync now: waits for a run under way and ignores back-off waits (never a rate
   *     limit's)
   */
  public Report sync(long accountId, boolean manual) {
    ReentrantLock lock = RUNNING.computeIfAbsent(accountId, k -> new ReentrantLock());
    boolean locked;
    try {
      locked = manual ? lock.tryLock(2, TimeUnit.MINUTES) : lock.tryLock();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Report.skipped(accountId);
    }
    if (!locked) {
      return Report.skipped(accountId);
    }
    try {
      if (!takeLease(accountId)) {
        return Report.skipped(accountId); // another server runs it
      }
      try {
        return run(accountId, manual);
      } finally {
        leases.release(accountId, SyncLeases.SERVER);
      }
    } finally {
      lock.unlock();
    }
  }

  private boolean takeLease(long accountId) {
    try {
      return leases.take(accountId, SyncLeases.SERVER, now(), LEASE);
    } catch (jakarta.ejb.EJBException raced) {
      return false;
    }
  }

  private Report run(long accountId, boolean manual) {
    Optional<AccountSnapshot> found = cursors.account(accountId);
    if (found.isEmpty()
        || found.get().status() != AccountStatus.ACTIVE
        || found.get().ownerId() == null) {
      return Report.skipped(accountId);
    }
    Optional<AccountTokens> tokens = calls.active(accountId);
    if (tokens.isEmpty()) {
      return Report.skipped(accountId);
    }
    AccountSnapshot account = found.get();
    SocialNetworkClient client = clients.of(account.network());
    List<NetworkStream> streams =
        client.streams().stream().filter(NetworkStream::synced).sorted().toList();
    Account run = new Account(account, client, tokens.get());
    int added = 0;
    int failed = 0;
    long network = 0;
    long store = 0;
    Instant resume = null;
    List<CursorSnapshot> streamCursors;
    try {
      streamCursors = cursors.cursors(accountId, streams);
    } catch (AccountNotActive removedMeanwhile) {
      return Report.skipped(accountId);
    }
    for (CursorSnapshot cursor : streamCursors) {
      OffsetDateTime now = now();
      if (waits(cursor, now, manual)) {
        continue;
      }
      Instant paused = run.pausedUntil();
      if (paused != null && paused.isAfter(now.toInstant())) {
        // The account's budget is spent (issue 19 point 14): no call that would only be refused.
        cursors.waitUntil(cursor.id(), utc(paused));
        resume = earlier(resume, paused);
        continue;
      }
      StreamResult result = syncStream(run, cursor);
      resume = earlier(resume, result.waitsUntil);
      added += result.added;
      network += result.networkNanos;
      store += result.storeNanos;
      if (result.failed) {
        failed++;
      }
      if (run.needsReauthorization || run.stopped) {
        break;
      }
      if (!leases.renew(accountId, SyncLeases.SERVER, now(), LEASE)) {
        break; // the lease expired and another server took the account over
      }
    }
    return new Report(
        accountId,
        true,
        added,
        failed,
        run.needsReauthorization,
        network / 1_000_000,
        store / 1_000_000,
        resume);
  }

  /** Whether the account exists and is active. */
  public boolean active(long accountId) {
    return cursors.account(accountId).map(a -> a.status() == AccountStatus.ACTIVE).orElse(false);
  }

  /** Whether the stream's next attempt lies ahead (a manual run waits only for a rate limit). */
  static boolean waits(CursorSnapshot cursor, OffsetDateTime now, boolean manual) {
    if (cursor.nextAttemptAt() == null || !cursor.nextAttemptAt().isAfter(now)) {
      return false;
    }
    return !manual || cursor.waitReason() == WaitReason.RATE_LIMIT;
  }

  /** The account being synced, with its tokens for this run. */
  private static final class Account {
    final AccountSnapshot snapshot;
    final SocialNetworkClient client;
    AccountTokens tokens;
    boolean refreshed;
    boolean needsReauthorization;
    boolean stopped;
    private Instant pauseUntil;

    Account(AccountSnapshot snapshot, SocialNetworkClient client, AccountTokens tokens) {
      this.snapshot = snapshot;
      this.client = client;
      this.tokens = tokens;
    }

    /** Holds every call of the account until {@code until} (a throttle, its usage). */
    synchronized void pause(Instant until) {
      pauseUntil = later(pauseUntil, until);
    }

    synchronized Instant pausedUntil() {
      return pauseUntil;
    }

    SealedToken token(NetworkStream stream) {
      return stream.network() == Network.FACEBOOK ? tokens.pageOrUser() : tokens.user();
    }
  }

  private static final class StreamResult {
    int added;
    boolean failed;
    long networkNanos;
    long storeNanos;
    private Instant pauseUntil;

    /** Where the run left the stream waiting for a rate limit or budget, when. */
    Instant waitsUntil;

    /** Holds the stream's next call until {@code until} (its endpoint's budget). */
    synchronized void pause(Instant until) {
      pauseUntil = later(pauseUntil, until);
    }

    synchronized Instant pausedUntil() {
      return pauseUntil;
    }

    <T> T network(java.util.function.Supplier<T> call) {
      long started = System.nanoTime();
      try {
        return call.get();
      } finally {
        networkNanos += System.nanoTime() - started;
      }
    }

    int[] storePages(java.util.function.Supplier<int[]> call) {
      long started = System.nanoTime();
      try {
        int[] n = call.get();
        added += java.util.Arrays.stream(n).sum();
        return n;
      } finally {
        storeNanos += System.nanoTime() - started;
      }
    }

    int store(java.util.function.IntSupplier call) {
      return storePages(() -> new int[] {call.getAsInt()})[0];
    }
  }

  private StreamResult syncStream(Account account, CursorSnapshot cursor) {
    StreamResult result = new StreamResult();
    for (int attempt = 0; ; attempt++) {
      try {
        if (attempt > 0) {
          cursor = cursors.cursors(account.snapshot.id(), List.of(cursor.stream())).get(0);
        }
        readStream(account, cursor, result);
        finished(account, cursor, result);
        return result;
      } catch (BudgetSpent spent) {
        finished(account, cursor, result);
        return result;
      } catch (AccountNotActive stopped) {
        account.stopped = true; // removed meanwhile: nothing more is read for it
        return result;
      } catch (ProviderException.TokenExpired e) {
        if (attempt == 0 && refresh(account, cursor, result, e)) {
          continue;
        }
        if (!result.failed) {
          reauthorize(account, cursor, result, e);
        }
        return result;
      } catch (ProviderException.RateLimited e) {
        Instant next = retry.afterRateLimit(clock.instant(), e.resetAt());
        if (accountWideLimits(account.snapshot.network())) {
          account.pause(next); // the account's other streams would only be refused
        }
        fail(cursor, result, e.getMessage(), next, WaitReason.RATE_LIMIT);
        return result;
      } catch (ProviderException.BadRequest e) {
        if ((cursor.state().backfilling() || cursor.walk().cursor() != null) && attempt == 0) {
          // The network no longer takes the saved page cursor: read the range again (idempotent).
          cursors.restart(cursor.id());
          continue;
        }
        backOff(cursor, result, e.getMessage());
        return result;
      } catch (ProviderException e) {
        backOff(cursor, result, e.getMessage());
        return result;
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING,
            "Sync of "
                + cursor.stream()
                + " of social account "
                + account.snapshot.id()
                + " failed",
            e);
        backOff(
            cursor,
            result,
            "The sync failed inside the server: " + describe(e) + ". It will be tried again.");
        return result;
      }
    }
  }

  /**
   * Renews an expired token once a run where the network can ({@link TokenRefresh}: the refreshed
   * grant stored, or the tokens another call stored meanwhile); whether the stream may try again.
   */
  private boolean refresh(
      Account account,
      CursorSnapshot cursor,
      StreamResult result,
      ProviderException.TokenExpired expired) {
    if (account.refreshed) {
      return false;
    }
    account.refreshed = true;
    try {
      account.tokens = calls.renewed(account.client, account.tokens, expired);
      return true;
    } catch (ProviderException.TokenExpired dead) {
      reauthorize(account, cursor, result, dead);
      return false;
    } catch (ProviderException e) {
      backOff(cursor, result, e.getMessage());
      return false;
    }
  }

  /**
   * A run of the stream ended well: done, or paused until the budget the network's usage headers
   * reported allows the next call (issue 19 point 17).
   */
  private void finished(Account account, CursorSnapshot cursor, StreamResult result) {
    Instant until = later(account.pausedUntil(), result.pausedUntil());
    if (until != null && until.isAfter(clock.instant())) {
      cursors.paused(cursor.id(), result.added, utc(until), now());
      result.waitsUntil = until;
    } else {
      cursors.succeeded(cursor.id(), result.added, now());
    }
  }

  /**
   * Reads a page, unless the budget the network reported asks to hold the call (then {@link
   * BudgetSpent}: what was read is kept, the stream goes on after the pause); notes what the page's
   * usage headers say of the budget left.
   */
  private StreamPage<NetworkItem> read(Account account, StreamResult result, StreamQuery query) {
    Instant now = clock.instant();
    Instant until = later(account.pausedUntil(), result.pausedUntil());
    if (until != null && until.isAfter(now)) {
      throw new BudgetSpent();
    }
    StreamPage<NetworkItem> page = account.client.read(query);
    RateBudget budget = page.budget();
    if (budget.pausesAt(now)) {
      if (budget.accountWide()) {
        account.pause(budget.pauseUntil());
      } else {
        result.pause(budget.pauseUntil());
      }
    }
    return page;
  }

  /**
   * The budget is spent for now: the stream stops reading until its pause ends (what the run read
   * is committed first, {@link StreamRun.Held}).
   */
  private static final class BudgetSpent extends StreamRun.Held {
    private static final long serialVersionUID = 1L;

    BudgetSpent() {
      super("the network's budget asks to hold the next call");
    }
  }

  /**
   * Whether a network's rate limit is the whole account's (Facebook's app and page usage, Google's
   * project quota) rather than one endpoint's (X's 15-minute windows).
   */
  static boolean accountWideLimits(Network network) {
    return network != Network.TWITTER;
  }

  static Instant earlier(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isBefore(b) ? a : b;
  }

  static Instant later(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }

  private void reauthorize(
      Account account, CursorSnapshot cursor, StreamResult result, ProviderException e) {
    account.needsReauthorization = true;
    result.failed = true;
    cursors.failed(cursor.id(), result.added, e.getMessage(), null, null, now());
    links.markNeedsReauthorization(account.snapshot.id(), e.getMessage());
  }

  private void backOff(CursorSnapshot cursor, StreamResult result, String error) {
    fail(
        cursor,
        result,
        error,
        retry.afterFailure(clock.instant(), cursor.consecutiveFailures() + 1),
        WaitReason.BACKOFF);
  }

  private void fail(
      CursorSnapshot cursor, StreamResult result, String error, Instant next, WaitReason reason) {
    result.failed = true;
    cursors.failed(cursor.id(), result.added, error, utc(next), reason, now());
    if (reason == WaitReason.RATE_LIMIT) {
      result.waitsUntil = next;
    }
  }

  /**
   * One run of the stream, then the comments (messages) that are missing, then the stream's full
   * walk where one is due or under way; counts what was new in result.
   */
  private void readStream(Account account, CursorSnapshot cursor, StreamResult result) {
    NetworkStream stream = cursor.stream();
    boolean since = usesSince(stream);
    Map<String, Long> threadSizes = new HashMap<>();
    boolean[] lastPageRead = {false};
    StreamRun.Source network =
        (page, marker) -> {
          StreamPage<NetworkItem> read =
              read(
                  account,
                  result,
                  query(account, stream).withCursor(page).withSince(since ? marker : null));
          return since
              ? read
              : new StreamPage<>(
                  read.items(), read.nextCursor(), null, read.threadSizes(), read.budget());
        };
    StreamRun.Sink sink = pages -> result.storePages(() -> cursors.commit(cursor.id(), pages));
    StreamRun.Outcome outcome;
    try (PrefetchingSource ahead =
        new PrefetchingSource(network, ReadAheadThreads::start, settings.pagesPerRun())) {
      // What a page brings is noted only when the run takes it (a page read ahead may be dropped).
      StreamRun.Source source =
          (page, marker) -> {
            StreamPage<NetworkItem> read = result.network(() -> ahead.read(page, marker));
            threadSizes.putAll(read.threadSizes());
            lastPageRead[0] = !read.hasNext();
            return read;
          };
      outcome = StreamRun.run(cursor.state(), source, sink, settings.pagesPerRun());
    }
    readMissingThreads(account, cursor, outcome.read(), threadSizes, result);
    // Freshness first: the walk goes on only once the newest-first read has caught up.
    if (walks(stream)
        && !outcome.state().backfilling()
        && FullWalk.runs(cursor.walk(), cursor.nextWalkAt(), now())) {
      if (lastPageRead[0] && !cursor.walk().underWay()) {
        // The newest-first read went from the newest page to the last (a first link, a small
        // stream): that was a full walk, none is read again.
        cursors.walkCovered(cursor.id(), now(), settings.fullWalkInterval());
      } else {
        walk(account, cursor, result);
      }
    }
  }

  /**
   * Continues the stream's full walk for at most {@code pagesPerRun} pages (issue 6: nothing
   * fetched is lost; S-3, S-4): items behind the stored pages and new comments on older posts are
   * stored, each once. The comments (messages) missing under a page's posts (conversations) are
   * read before the page is committed with the walk's next cursor, so a failure in between reads
   * the page again and nothing is skipped.
   */
  private void walk(Account account, CursorSnapshot cursor, StreamResult result) {
    NetworkStream stream = cursor.stream();
    FullWalk.Source source =
        page ->
            result.network(() -> read(account, result, query(account, stream).withCursor(page)));
    FullWalk.Sink sink =
        (page, next) -> {
          readMissingThreads(account, cursor, page.items(), page.threadSizes(), result);
          return result.store(
              () ->
                  cursors.walked(
                      cursor.id(), page.items(), next, now(), settings.fullWalkInterval()));
        };
    FullWalk.run(cursor.walk(), source, sink, settings.pagesPerRun());
  }

  /**
   * Reads the threads of {@code read} whose items are not all stored: the comments of posts whose
   * comment count is above the comments stored (Facebook page feed, Google+ activities), the
   * messages of conversations whose message count is above the messages stored (Facebook shows only
   * the latest 20 with a conversation). Newest posts first.
   */
  private void readMissingThreads(
      Account account,
      CursorSnapshot cursor,
      List<NetworkItem> read,
      Map<String, Long> threadSizes,
      StreamResult result) {
    NetworkStream children = childrenOf(cursor.stream());
    if (children == null) {
      return;
    }
    Network network = account.snapshot.network();
    Map<String, Long> sizes = new LinkedHashMap<>();
    Map<String, Long> stored;
    if (children == NetworkStream.FACEBOOK_CONVERSATION_MESSAGES) {
      threadSizes.forEach((id, size) -> sizes.put(id, size));
      stored =
          sizes.isEmpty() ? Map.of() : cursors.storedMessages(network, List.copyOf(sizes.keySet()));
    } else {
      Map<String, Long> inline = commentsRead(read);
      read.stream()
          .filter(
              i ->
                  i.kind() == ItemKind.POST
                      && i.counts().replies() > inline.getOrDefault(i.externalId(), 0L))
          .sorted(
              Comparator.comparing(
                  NetworkItem::createdAt, Comparator.nullsLast(Comparator.reverseOrder())))
          .forEach(i -> sizes.putIfAbsent(i.externalId(), i.counts().replies()));
      stored =
          sizes.isEmpty() ? Map.of() : cursors.storedReplies(network, List.copyOf(sizes.keySet()));
    }
    for (Map.Entry<String, Long> thread : sizes.entrySet()) {
      if (stored.getOrDefault(thread.getKey(), 0L) >= thread.getValue()) {
        continue;
      }
      String page = null;
      for (int i = 0; i < THREAD_PAGES; i++) {
        String after = page;
        StreamPage<NetworkItem> found =
            result.network(
                () ->
                    read(
                        account,
                        result,
                        query(account, children).withSubject(thread.getKey()).withCursor(after)));
        result.store(() -> cursors.store(cursor.id(), found.items()));
        page = found.nextCursor();
        if (page == null) {
          break;
        }
      }
    }
  }

  /**
   * How many distinct comments of each post the run read with the posts (field expansion): they
   * were stored with their page, so a post with all its comments among them needs no comment read
   * and no count of what is stored.
   */
  static Map<String, Long> commentsRead(List<NetworkItem> read) {
    Map<String, java.util.Set<String>> byParent = new java.util.HashMap<>();
    for (NetworkItem i : read) {
      if (i.kind() == ItemKind.COMMENT && i.parentId() != null) {
        byParent.computeIfAbsent(i.parentId(), k -> new java.util.HashSet<>()).add(i.externalId());
      }
    }
    Map<String, Long> counts = new java.util.HashMap<>();
    byParent.forEach((parent, ids) -> counts.put(parent, (long) ids.size()));
    return counts;
  }

  private StreamQuery query(Account account, NetworkStream stream) {
    StreamQuery query = StreamQuery.of(stream, account.token(stream), account.snapshot.ownerId());
    return stream == NetworkStream.FACEBOOK_CONVERSATIONS ? query : query.withLimit(PAGE_SIZE);
  }

  /**
   * Whether the stream is read with the network's {@code since} filter: only Twitter's, whose
   * {@code since_id} is the item id. Facebook's {@code since} filters on the time a post says it
   * was created, which a backdated post (or a bulk-seeded sandbox item) places behind the marker,
   * where it would never be read; its feed is read newest first down to the first page with nothing
   * new, like the streams that have no filter. That first page also refreshes the counts of the
   * newest posts, whose comments are then read where some are missing.
   */
  static boolean usesSince(NetworkStream stream) {
    return stream.network() == Network.TWITTER;
  }

  /**
   * Whether the stream has a full walk ({@link FullWalk}): those read newest first without a {@code
   * since} filter, where items can appear behind the stored pages.
   */
  static boolean walks(NetworkStream stream) {
    return !usesSince(stream);
  }

  /** The stream of the threads of a synced stream (comments of posts, messages), or null. */
  static NetworkStream childrenOf(NetworkStream stream) {
    return switch (stream) {
      case FACEBOOK_PAGE_FEED -> NetworkStream.FACEBOOK_COMMENTS;
      case GOOGLE_PAGE_ACTIVITIES -> NetworkStream.GOOGLE_ACTIVITY_COMMENTS;
      case FACEBOOK_CONVERSATIONS -> NetworkStream.FACEBOOK_CONVERSATION_MESSAGES;
      default -> null;
    };
  }

  /** Now, as stored: UTC to the microsecond. */
  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
  }

  private static OffsetDateTime utc(Instant time) {
    return time.atOffset(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
  }

  private static String describe(RuntimeException e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName();
  }
}
