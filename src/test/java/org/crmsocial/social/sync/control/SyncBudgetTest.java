package org.crmsocial.social.sync.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.crmsocial.social.conversation.control.InteractionStore;
import org.crmsocial.social.provider.control.ProviderClients;
import org.crmsocial.social.provider.control.SocialNetworkClient;
import org.crmsocial.social.provider.model.AuthorizationRequest;
import org.crmsocial.social.provider.model.ItemCounts;
import org.crmsocial.social.provider.model.ItemKind;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.NetworkItem;
import org.crmsocial.social.provider.model.NetworkPage;
import org.crmsocial.social.provider.model.NetworkPerson;
import org.crmsocial.social.provider.model.NetworkStream;
import org.crmsocial.social.provider.model.ProviderException;
import org.crmsocial.social.provider.model.RateBudget;
import org.crmsocial.social.provider.model.StreamPage;
import org.crmsocial.social.provider.model.StreamQuery;
import org.crmsocial.social.provider.model.TokenGrant;
import org.crmsocial.social.provider.model.WriteCommand;
import org.crmsocial.social.provider.model.WriteResult;
import org.crmsocial.social.settings.control.AuthorizedCalls;
import org.crmsocial.social.settings.control.Credentials;
import org.crmsocial.social.settings.control.LinkStore;
import org.crmsocial.social.settings.entity.SocialAccount;
import org.crmsocial.social.sync.entity.SyncCursor;
import org.crmsocial.social.sync.entity.WaitReason;
import org.crmsocial.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sync against a network that throttles and reports its budget (issue 19 points 14 and 17), on
 * H2 with the real {@link CursorStore} and {@link InteractionStore}, each call its own transaction
 * as in the server, and a clock the test moves (no sleeping, no wall clock).
 */
class SyncBudgetTest {

  static final Instant T0 = Instant.parse("2026-12-04T00:00:00Z");

  TestDatabase db;
  MovableClock clock;
  ScriptedNetwork network;
  SyncEngine engine;

  /** Whether the run's lease is still its own when it renews it (false: another server took it). */
  volatile boolean leaseHeld = true;

  /** The reads ahead's threads, as the container's managed executor would run them. */
  final java.util.concurrent.ExecutorService readAheadThreads =
      java.util.concurrent.Executors.newCachedThreadPool();

  /** A clock the test moves. */
  static final class MovableClock extends Clock {
    private volatile Instant now = T0;

    void at(Instant instant) {
      now = instant;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /** One call the network received: the stream, the page asked for and when. */
  record Call(NetworkStream stream, String cursor, Instant at) {}

  /**
   * A network whose answers the test scripts per stream and page (in order, the last repeating); an
   * unscripted page is empty.
   */
  final class ScriptedNetwork implements SocialNetworkClient {
    final Network network;
    final Map<String, Deque<Supplier<StreamPage<NetworkItem>>>> answers = new HashMap<>();
    final List<Call> calls = new CopyOnWriteArrayList<>();

    ScriptedNetwork(Network network) {
      this.network = network;
    }

    ScriptedNetwork on(NetworkStream stream, String cursor, Supplier<StreamPage<NetworkItem>> a) {
      answers.computeIfAbsent(stream + "@" + cursor, k -> new ArrayDeque<>()).add(a);
      return this;
    }

    List<Call> calls(NetworkStream stream) {
      return calls.stream().filter(c -> c.stream() == stream).toList();
    }

    @Override
    public Network network() {
      return network;
    }

    @Override
    public StreamPage<NetworkItem> read(StreamQuery query) {
      calls.add(new Call(query.stream(), query.cursor(), clock.instant()));
      Deque<Supplier<StreamPage<NetworkItem>>> replies =
          answers.get(query.stream() + "@" + query.cursor());
      if (replies == null || replies.isEmpty()) {
        return StreamPage.empty();
      }
      synchronized (replies) {
        return (replies.size() > 1 ? replies.poll() : replies.peek()).get();
      }
    }

    @Override
    public AuthorizationRequest authorize(String state, String redirectUri) {
      throw new UnsupportedOperationException();
    }

    @Override
    public TokenGrant exchange(String code, AuthorizationRequest started) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean refreshes() {
      return false;
    }

    @Override
    public TokenGrant refresh(String refreshToken) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void revoke(String accessToken, String refreshToken) {
      throw new UnsupportedOperationException();
    }

    @Override
    public NetworkPerson identity(String accessToken) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean hasPages() {
      return network != Network.TWITTER;
    }

    @Override
    public List<NetworkPage> pages(String userAccessToken) {
      throw new UnsupportedOperationException();
    }

    @Override
    public NetworkPerson findPerson(String accessToken, String handle) {
      throw new UnsupportedOperationException();
    }

    @Override
    public WriteResult write(WriteCommand command) {
      throw new UnsupportedOperationException();
    }
  }

  /**
   * A data source handing out the transaction's own connection, as the server's JTA data source
   * does (the store writes interactions with JDBC in the same transaction as its JPA work).
   */
  static javax.sql.DataSource sharing(jakarta.persistence.EntityManager em) {
    em.flush();
    java.sql.Connection shared = em.unwrap(java.sql.Connection.class);
    java.sql.Connection unclosable =
        (java.sql.Connection)
            java.lang.reflect.Proxy.newProxyInstance(
                SyncBudgetTest.class.getClassLoader(),
                new Class<?>[] {java.sql.Connection.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("close")) {
                    return null;
                  }
                  try {
                    return method.invoke(shared, args);
                  } catch (java.lang.reflect.InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
    return (javax.sql.DataSource)
        java.lang.reflect.Proxy.newProxyInstance(
            SyncBudgetTest.class.getClassLoader(),
            new Class<?>[] {javax.sql.DataSource.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getConnection")) {
                em.flush();
                return unclosable;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  /** The store as the container runs it: every call in a transaction of its own. */
  final class TransactionalCursors extends CursorStore {
    private <T> T tx(Function<CursorStore, T> work) {
      List<T> result = new ArrayList<>(1);
      db.inTransaction(
          em -> {
            CursorStore store = new CursorStore();
            store.em = em;
            store.interactions = InteractionStore.over(em, sharing(em));
            result.add(work.apply(store));
          });
      return result.get(0);
    }

    private void run(java.util.function.Consumer<CursorStore> work) {
      tx(
          s -> {
            work.accept(s);
            return Boolean.TRUE;
          });
    }

    @Override
    public Optional<AccountSnapshot> account(long accountId) {
      return tx(s -> s.account(accountId));
    }

    @Override
    public List<CursorSnapshot> cursors(long accountId, java.util.Collection<NetworkStream> s) {
      return tx(c -> c.cursors(accountId, s));
    }

    @Override
    public int[] commit(long cursorId, List<StreamRun.Read> pages) {
      return tx(s -> s.commit(cursorId, pages));
    }

    @Override
    public int walked(
        long cursorId,
        List<NetworkItem> items,
        FullWalk.State next,
        OffsetDateTime at,
        Duration interval) {
      return tx(s -> s.walked(cursorId, items, next, at, interval));
    }

    @Override
    public void walkCovered(long cursorId, OffsetDateTime at, Duration interval) {
      run(s -> s.walkCovered(cursorId, at, interval));
    }

    @Override
    public int store(long cursorId, List<NetworkItem> items) {
      return tx(s -> s.store(cursorId, items));
    }

    @Override
    public void restart(long cursorId) {
      run(s -> s.restart(cursorId));
    }

    @Override
    public Map<String, Long> storedReplies(Network n, List<String> parentIds) {
      return tx(s -> s.storedReplies(n, parentIds));
    }

    @Override
    public Map<String, Long> storedMessages(Network n, List<String> conversationIds) {
      return tx(s -> s.storedMessages(n, conversationIds));
    }

    @Override
    public void succeeded(long cursorId, int runItems, OffsetDateTime at) {
      run(s -> s.succeeded(cursorId, runItems, at));
    }

    @Override
    public void paused(long cursorId, int runItems, OffsetDateTime until, OffsetDateTime at) {
      run(s -> s.paused(cursorId, runItems, until, at));
    }

    @Override
    public void waitUntil(long cursorId, OffsetDateTime until) {
      run(s -> s.waitUntil(cursorId, until));
    }

    @Override
    public void failed(
        long cursorId,
        int runItems,
        String error,
        OffsetDateTime nextAttempt,
        WaitReason reason,
        OffsetDateTime at) {
      run(s -> s.failed(cursorId, runItems, error, nextAttempt, reason, at));
    }

    @Override
    public void clearWaits(long accountId) {
      run(s -> s.clearWaits(accountId));
    }
  }

  @BeforeEach
  void start() {
    db = TestDatabase.create(TestDatabase.Kind.H2);
    clock = new MovableClock();
  }

  @AfterEach
  void drop() {
    readAheadThreads.shutdownNow();
    db.close();
  }

  private long account(Network net) {
    AtomicLong id = new AtomicLong();
    db.inTransaction(
        em -> {
          SocialAccount account =
              new SocialAccount(net, net == Network.TWITTER ? "2244994945" : "10158");
          OffsetDateTime at = T0.atOffset(ZoneOffset.UTC);
          account.authorize("Acme Japan", "acme_jp", Set.of("x"), "v1:enc", null, null, null, at);
          if (net != Network.TWITTER) {
            account.activate("1049", "Acme Japan", "v1:page", at);
          }
          em.persist(account);
          em.flush();
          id.set(account.getId());
        });
    return id.get();
  }

  private SyncEngine engine(Network net, long accountId) {
    network = new ScriptedNetwork(net);
    SyncEngine e = new SyncEngine();
    e.clock = clock;
    e.cursors = new TransactionalCursors();
    e.leases =
        new SyncLeases() {
          @Override
          public boolean take(long id, String owner, Duration ttl) {
            return true;
          }

          @Override
          public boolean renew(long id, String owner, Duration ttl) {
            return leaseHeld;
          }

          @Override
          public void release(long id, String owner) {}
        };
    e.credentials = new SyncCredentials();
    e.credentials.links =
        new LinkStore() {
          @Override
          public Optional<Credentials> syncCredentials(long id) {
            return Optional.of(new Credentials(id, net, "access", null, "page-token"));
          }
        };
    e.credentials.calls = new AuthorizedCalls(e.credentials.links);
    e.locks = new RunLocks();
    e.readAhead = ReadAhead.over(readAheadThreads);
    e.clients =
        new ProviderClients() {
          @Override
          public SocialNetworkClient of(Network n) {
            return network;
          }
        };
    SyncSettings settings = new SyncSettings();
    settings.interval = "PT1M";
    settings.pagesPerRun = 20;
    settings.fullWalkInterval = "PT24H";
    e.settings = settings;
    this.engine = e;
    return e;
  }

  private static NetworkItem item(String id, ItemKind kind, String conversation) {
    return new NetworkItem(
        id,
        kind,
        new NetworkPerson("5531", null, "Taro Yamada", null, null),
        null,
        conversation,
        "text " + id,
        T0.minusSeconds(id.hashCode() & 0xffff),
        ItemCounts.NONE,
        null);
  }

  private static StreamPage<NetworkItem> page(String next, NetworkItem... items) {
    return new StreamPage<>(List.of(items), next, null);
  }

  private Map<NetworkStream, SyncCursor> cursors(long accountId) {
    Map<NetworkStream, SyncCursor> found = new HashMap<>();
    db.inTransaction(
        em ->
            em.createQuery("SELECT c FROM SyncCursor c WHERE c.account.id = :id", SyncCursor.class)
                .setParameter("id", accountId)
                .getResultList()
                .forEach(c -> found.put(c.getStream(), c)));
    return found;
  }

  /** How many times each external id is stored. */
  private Map<String, Long> stored() {
    Map<String, Long> counts = new HashMap<>();
    db.inTransaction(
        em ->
            em.createQuery(
                    "SELECT i.externalId, COUNT(i) FROM SocialInteraction i GROUP BY i.externalId",
                    Object[].class)
                .getResultList()
                .forEach(row -> counts.put((String) row[0], (Long) row[1])));
    return counts;
  }

  // issue 19 point 14: Facebook throttle -> recovery -> every item stored once
  @Test
  void afterAFacebookThrottleTheAccountWaitsExactlyTillItEndsThenStoresEveryItemOnce() {
    long id = account(Network.FACEBOOK);
    engine(Network.FACEBOOK, id);
    Instant regained = T0.plus(Duration.ofMinutes(3));
    network
        .on(
            NetworkStream.FACEBOOK_PAGE_FEED,
            null,
            () ->
                page(
                    "c2", item("1049_1", ItemKind.POST, null), item("1049_2", ItemKind.POST, null)))
        .on(
            NetworkStream.FACEBOOK_PAGE_FEED,
            "c2",
            () -> {
              throw new ProviderException.RateLimited(
                  Network.FACEBOOK,
                  regained,
                  new ProviderException.Detail(400, "32", "(#32) Page request limit reached"));
            })
        .on(
            NetworkStream.FACEBOOK_PAGE_FEED,
            "c2",
            () -> page(null, item("1049_3", ItemKind.POST, null)))
        .on(
            NetworkStream.FACEBOOK_CONVERSATIONS,
            null,
            () -> page(null, item("m_1", ItemKind.MESSAGE, "t_1")));

    SyncReport first = engine.sync(id, false);

    assertThat(first.resumeAt())
        .as("the scheduler is told when to resume")
        .isBetween(regained, regained.plusSeconds(1));
    assertThat(network.calls(NetworkStream.FACEBOOK_PAGE_FEED)).hasSize(2);
    assertThat(network.calls(NetworkStream.FACEBOOK_CONVERSATIONS))
        .as("the throttle is the account's: its other stream makes no call to be refused")
        .isEmpty();
    Map<NetworkStream, SyncCursor> waiting = cursors(id);
    for (NetworkStream stream :
        List.of(NetworkStream.FACEBOOK_PAGE_FEED, NetworkStream.FACEBOOK_CONVERSATIONS)) {
      SyncCursor cursor = waiting.get(stream);
      assertThat(cursor.getWaitReason()).as(stream + " waits").isEqualTo(WaitReason.RATE_LIMIT);
      assertThat(cursor.getNextAttemptAt().toInstant())
          .as(stream + " resumes once the throttle ends, not later")
          .isBetween(regained, regained.plusSeconds(1));
    }
    assertThat(stored()).containsOnlyKeys("1049_1", "1049_2");

    clock.at(T0.plus(Duration.ofMinutes(2)));
    int before = network.calls.size();
    engine.sync(id, false);
    engine.sync(id, true);
    assertThat(network.calls).as("no call while throttled, not even Sync now").hasSize(before);

    clock.at(regained.plusSeconds(1));
    engine.sync(id, false);

    assertThat(network.calls(NetworkStream.FACEBOOK_PAGE_FEED).stream().map(Call::cursor))
        .as("the first run after the throttle reads on where it stopped")
        .contains("c2");
    assertThat(network.calls(NetworkStream.FACEBOOK_CONVERSATIONS)).isNotEmpty();
    assertThat(stored())
        .as("every item stored, each once")
        .containsOnlyKeys("1049_1", "1049_2", "1049_3", "m_1")
        .allSatisfy((externalId, times) -> assertThat(times).isEqualTo(1L));
    Map<NetworkStream, SyncCursor> resumed = cursors(id);
    assertThat(resumed.get(NetworkStream.FACEBOOK_PAGE_FEED).getLastError()).isNull();
    assertThat(resumed.get(NetworkStream.FACEBOOK_PAGE_FEED).getNextAttemptAt()).isNull();
  }

  // issue 19 point 17: slow down before the budget runs out (x-rate-limit-remaining)
  @Test
  void anEndpointWhoseBudgetIsSpentPausesTillItsResetWithoutBeingRefused() {
    long id = account(Network.TWITTER);
    engine(Network.TWITTER, id);
    Instant reset = T0.plus(Duration.ofMinutes(10));
    network
        .on(
            NetworkStream.TWITTER_MENTIONS,
            null,
            () ->
                page("n2", item("101", ItemKind.MENTION, null))
                    .withBudget(new RateBudget(reset, false)))
        .on(
            NetworkStream.TWITTER_MENTIONS,
            "n2",
            () -> page(null, item("100", ItemKind.MENTION, null)))
        .on(
            NetworkStream.TWITTER_OWN_TWEETS,
            null,
            () -> page(null, item("201", ItemKind.TWEET, null)));

    engine.sync(id, false);

    assertThat(network.calls(NetworkStream.TWITTER_MENTIONS))
        .as("the page that spent the budget is kept; the next waits")
        .hasSize(1);
    assertThat(network.calls(NetworkStream.TWITTER_OWN_TWEETS))
        .as("another endpoint has its own window")
        .hasSize(1);
    SyncCursor mentions = cursors(id).get(NetworkStream.TWITTER_MENTIONS);
    assertThat(mentions.getWaitReason()).isEqualTo(WaitReason.RATE_LIMIT);
    assertThat(mentions.getNextAttemptAt().toInstant()).isEqualTo(reset);
    assertThat(mentions.getLastError()).as("no refusal, no error").isNull();
    assertThat(mentions.getLastSuccessAt()).isNotNull();

    clock.at(T0.plus(Duration.ofMinutes(5)));
    engine.sync(id, false);
    assertThat(network.calls(NetworkStream.TWITTER_MENTIONS)).hasSize(1);

    clock.at(reset.plusSeconds(1));
    engine.sync(id, false);
    assertThat(network.calls(NetworkStream.TWITTER_MENTIONS).stream().map(Call::cursor))
        .contains("n2");
    assertThat(stored()).containsOnlyKeys("101", "100", "201");
  }

  // issue 19 point 17: usage headers that say the account's budget runs low pause all its streams
  @Test
  void anAccountWideBudgetPausesTheAccountsOtherStreams() {
    long id = account(Network.FACEBOOK);
    engine(Network.FACEBOOK, id);
    Instant until = T0.plus(Duration.ofMinutes(4));
    network
        .on(
            NetworkStream.FACEBOOK_PAGE_FEED,
            null,
            () ->
                page("c2", item("1049_1", ItemKind.POST, null))
                    .withBudget(new RateBudget(until, true)))
        .on(
            NetworkStream.FACEBOOK_CONVERSATIONS,
            null,
            () -> page(null, item("m_1", ItemKind.MESSAGE, "t_1")));

    engine.sync(id, false);

    assertThat(network.calls).hasSize(1);
    cursors(id)
        .values()
        .forEach(
            c -> {
              assertThat(c.getWaitReason()).isEqualTo(WaitReason.RATE_LIMIT);
              assertThat(c.getNextAttemptAt().toInstant()).isEqualTo(until);
              assertThat(c.getLastError()).isNull();
            });
  }

  // issue 19 point 17: re-authorizing keeps every rate-limit wait (a back-off is dropped)
  @Test
  void aRunWhoseLeaseWasTakenOverStopsAfterThePageItCommitted() { // issue 15: lease renewed
    long id = account(Network.FACEBOOK);
    engine(Network.FACEBOOK, id);
    engine.renewal = Duration.ZERO; // renewed after every page
    network
        .on(
            NetworkStream.FACEBOOK_PAGE_FEED,
            null,
            () ->
                page(
                    "c2", item("1049_1", ItemKind.POST, null), item("1049_2", ItemKind.POST, null)))
        .on(
            NetworkStream.FACEBOOK_PAGE_FEED,
            "c2",
            () -> page(null, item("1049_3", ItemKind.POST, null)))
        .on(
            NetworkStream.FACEBOOK_CONVERSATIONS,
            null,
            () -> page(null, item("m_1", ItemKind.MESSAGE, "t_1")));
    leaseHeld = false; // the lease expired meanwhile and another server took the account

    SyncReport lost = engine.sync(id, false);

    assertThat(stored())
        .as("the page committed before the renewal failed stays")
        .containsOnlyKeys("1049_1", "1049_2");
    assertThat(network.calls(NetworkStream.FACEBOOK_CONVERSATIONS))
        .as("nothing more is read for the account on this server")
        .isEmpty();
    assertThat(lost.failedStreams())
        .as("not a failure of the stream: the other server goes on")
        .isZero();
    assertThat(cursors(id).get(NetworkStream.FACEBOOK_PAGE_FEED).getNextAttemptAt())
        .as("no back-off is set for a lost lease")
        .isNull();

    leaseHeld = true;
    engine.sync(id, false);
    assertThat(stored())
        .as("the run that holds the lease reads on from the cursor")
        .containsKeys("1049_3", "m_1");
  }

  @Test
  void reauthorizationKeepsRateLimitWaitsAndDropsBackOffs() {
    long id = account(Network.TWITTER);
    engine(Network.TWITTER, id);
    engine.sync(id, false); // creates the cursors
    Map<NetworkStream, SyncCursor> created = cursors(id);
    OffsetDateTime reset = T0.plus(Duration.ofMinutes(12)).atOffset(ZoneOffset.UTC);
    OffsetDateTime backOff = T0.plus(Duration.ofMinutes(3)).atOffset(ZoneOffset.UTC);
    CursorStore store = engine.cursors;
    store.failed(
        created.get(NetworkStream.TWITTER_MENTIONS).getId(),
        0,
        "Twitter: too many calls",
        reset,
        WaitReason.RATE_LIMIT,
        T0.atOffset(ZoneOffset.UTC));
    store.failed(
        created.get(NetworkStream.TWITTER_OWN_TWEETS).getId(),
        0,
        "Twitter: failed",
        backOff,
        WaitReason.BACKOFF,
        T0.atOffset(ZoneOffset.UTC));

    store.clearWaits(id); // what a re-authorization does (SyncScheduler.onStatusChanged)

    Map<NetworkStream, SyncCursor> after = cursors(id);
    assertThat(after.get(NetworkStream.TWITTER_MENTIONS).getNextAttemptAt()).isEqualTo(reset);
    assertThat(after.get(NetworkStream.TWITTER_MENTIONS).getWaitReason())
        .isEqualTo(WaitReason.RATE_LIMIT);
    assertThat(after.get(NetworkStream.TWITTER_OWN_TWEETS).getNextAttemptAt()).isNull();
    assertThat(after.get(NetworkStream.TWITTER_OWN_TWEETS).getConsecutiveFailures()).isZero();

    clock.at(T0.plus(Duration.ofMinutes(5)));
    int before = network.calls(NetworkStream.TWITTER_MENTIONS).size();
    engine.sync(id, true);
    assertThat(network.calls(NetworkStream.TWITTER_MENTIONS))
        .as("X is not called before the reset it gave")
        .hasSize(before);
  }
}
