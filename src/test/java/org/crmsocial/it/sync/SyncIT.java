package org.crmsocial.it.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crmsocial.it.settings.SandboxConsent;
import org.crmsocial.platform.control.AccessDenied;
import org.crmsocial.platform.control.Clock;
import org.crmsocial.security.entity.SystemProfile;
import org.crmsocial.social.provider.model.AuthorizationRequest;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.NetworkStream;
import org.crmsocial.social.settings.control.AccountRemoval;
import org.crmsocial.social.settings.control.AccountSummary;
import org.crmsocial.social.settings.control.LinkResult;
import org.crmsocial.social.settings.control.LinkingService;
import org.crmsocial.social.settings.control.SocialAccountDirectory;
import org.crmsocial.social.settings.entity.AccountStatus;
import org.crmsocial.social.sync.control.AccountNotActive;
import org.crmsocial.social.sync.control.CursorStore;
import org.crmsocial.social.sync.control.RunLocks;
import org.crmsocial.social.sync.control.StreamStatus;
import org.crmsocial.social.sync.control.SyncLeases;
import org.crmsocial.social.sync.control.SyncNowRun;
import org.crmsocial.social.sync.control.SyncReport;
import org.crmsocial.social.sync.control.SyncScheduler;
import org.crmsocial.social.sync.control.SyncService;
import org.crmsocial.social.sync.entity.SyncCursor;
import org.crmsocial.social.sync.entity.WaitReason;
import org.crmsocial.testsupport.Deployments;
import org.crmsocial.testsupport.TestCurrentUser;
import org.crmsocial.testsupport.TestData;
import org.eclipse.microprofile.config.Config;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The feed sync in the running server against the sandbox networks over HTTP (issue 6, DESIGN.md
 * §4): every item of every synced stream stored exactly once (S-3), also after overlapping reads
 * and after 5xx, timeouts and rate limits; an expired token; PENDING_PAGE and REMOVED accounts
 * never synced; Manage Social only (S-5, S-22). Compares with the sandbox's own tables. Each test
 * leaves no linked account and no queued fault behind.
 */
@ExtendWith(ArquillianExtension.class)
class SyncIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.productWarWith(SyncIT.class).addClass(SandboxConsent.class);
  }

  @EJB LinkingService linking;
  @EJB AccountRemoval removal;
  @EJB SyncService sync;
  @EJB SyncScheduler scheduler;
  @EJB SocialAccountDirectory directory;
  @EJB SyncFixture fixture;
  @EJB CursorStore cursors;
  @EJB SyncLeases leases;
  @Inject RunLocks locks;
  @EJB TestData data;
  @Inject TestCurrentUser as;
  @Inject Config config;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private String base() {
    return "http://localhost:" + config.getOptionalValue("http.port", String.class).orElse("9080");
  }

  @BeforeEach
  @AfterEach
  void clean() {
    as.signInAs(data.superAdminEmail());
    for (String network : List.of("facebook", "twitter", "google")) {
      admin("DELETE", network, "faults", null);
    }
    admin("DELETE", "twitter", "rate-limits", null);
    for (AccountSummary account : linking.accounts()) {
      if (!account.isRemoved()) {
        removal.remove(account.id());
      }
    }
  }

  // ---- helpers ----

  private String admin(String method, String network, String what, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base() + "/sandbox/" + network + "/_admin/" + what))
            .timeout(Duration.ofSeconds(60));
    request =
        json == null
            ? request.method(method, HttpRequest.BodyPublishers.noBody())
            : request
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
    try {
      HttpResponse<String> answer =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as(method + " " + what + ": " + answer.body()).isEqualTo(200);
      return answer.body();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String path(Network network) {
    return switch (network) {
      case FACEBOOK -> "facebook";
      case TWITTER -> "twitter";
      case GOOGLE_PLUS -> "google";
    };
  }

  private void activity(Network network, int count) {
    admin("POST", path(network), "activity", "{\"count\":" + count + "}");
  }

  private void fault(Network network, String kind, int count) {
    admin("POST", path(network), "faults", "{\"kind\":\"" + kind + "\",\"count\":" + count + "}");
  }

  /**
   * Add Account through to the callback as the sandbox brand, then (Facebook, Google+) Add Page.
   */
  private long link(Network network, boolean addPage) {
    AuthorizationRequest started = linking.start(network, base());
    Map<String, String> back = SandboxConsent.allow(started.url(), network, "brand@acme.example");
    LinkResult linked =
        linking.complete(network, back.get("state"), back.get("code"), back.get("error"));
    if (addPage && network != Network.TWITTER) {
      linking.addPage(linked.accountId(), linking.pages(linked.accountId()).get(0).id());
    }
    return linked.accountId();
  }

  /**
   * Per account, the sandbox's items when its last full sync began: all of them must be stored
   * after it (the sandbox's own trickle of activity may add more meanwhile).
   */
  private final Map<Long, java.util.Set<String>> floor = new java.util.HashMap<>();

  /**
   * One Sync now run, driven through the entry point every timer tick uses ({@link
   * SyncScheduler#run}; the timer is off in the test server): it returns the run's report.
   */
  private SyncReport run(long accountId) {
    return scheduler.run(accountId, true);
  }

  /** Syncs until a run finds nothing new and no full walk is under way. */
  private void syncAll(long accountId) {
    floor.put(accountId, fixture.sandboxIds(fixture.account(accountId).getNetwork()));
    for (int i = 0; i < 40; i++) {
      SyncReport report = run(accountId);
      assertThat(report.failedStreams()).as("failed streams: %s", sync.status(accountId)).isZero();
      if (report.newItems() == 0
          && sync.status(accountId).stream().noneMatch(StreamStatus::fullWalk)) {
        return;
      }
    }
  }

  /** The network ids of the items an admin call of the sandbox answered with. */
  private Set<String> created(Network network, String answer) {
    List<Long> raw = new ArrayList<>();
    try (JsonReader reader = Json.createReader(new StringReader(answer))) {
      reader.readObject().getJsonArray("items").getValuesAs(JsonString.class).stream()
          .map(v -> Long.valueOf(v.getString()))
          .forEach(raw::add);
    }
    return fixture.networkIdsOf(network, raw);
  }

  /** The ids the network's API gives (the sandbox's formats). */
  private static String networkIds(Network network) {
    return switch (network) {
      case FACEBOOK -> "\\d+_\\d+|m_\\d+";
      case TWITTER -> "\\d+";
      case GOOGLE_PLUS -> "z1[23][0-9a-z]+";
    };
  }

  /**
   * S-3 and DESIGN §4: what is stored for the account is exactly the sandbox's items, each once.
   */
  private void assertStoredExactlyOnce(long accountId, Network network) {
    List<String> stored = fixture.storedIds(accountId);
    java.util.Set<String> expected = fixture.sandboxIds(network);
    java.util.Set<String> missing =
        new java.util.TreeSet<>(floor.getOrDefault(accountId, expected));
    missing.removeAll(stored);
    java.util.Set<String> extra = new java.util.TreeSet<>(stored);
    extra.removeAll(expected);
    // Rows other tests write straight in (ids no network gives) are not the sync's.
    extra.removeIf(id -> !id.matches(networkIds(network)));
    assertThat(missing)
        .as("%s: every item of the network stored (%s)", network, sync.status(accountId))
        .isEmpty();
    assertThat(extra).as("%s: nothing but the network's items", network).isEmpty();
    assertThat(stored).as("%s: each once", network).doesNotHaveDuplicates();
    assertThat(fixture.duplicates()).isZero();
  }

  private StreamStatus status(long accountId, NetworkStream stream) {
    return sync.status(accountId).stream()
        .filter(s -> s.stream() == stream)
        .findFirst()
        .orElseThrow();
  }

  // ---- the tests ----

  @Test
  void everyItemOfEverySyncedStreamIsStoredExactlyOnceAlsoWhenReadsOverlap() { // S-3, DESIGN §4
    // Linked again after earlier tests, with their data still stored (S-19): whatever the sandbox
    // placed behind the stored pages meanwhile (another class's backdated bulk seed) is read by the
    // full walk that a link makes due; issue 6: "nothing fetched is lost or stored twice".
    Map<Network, Long> accounts = new java.util.EnumMap<>(Network.class);
    for (Network network : Network.values()) {
      accounts.put(network, link(network, true));
    }
    for (Network network : Network.values()) {
      long id = accounts.get(network);
      assertThat(scheduler.scheduled(id))
          .as("%s: an active account has its timer", network)
          .isTrue();
      // The counts below are compared before and after: no timer run may fall between the two.
      scheduler.cancel(id);
      syncAll(id);
      long fetchedBefore = sync.status(id).stream().mapToLong(StreamStatus::itemsFetched).sum();
      long storedBefore = fixture.storedCount(id);
      activity(network, 30);
      syncAll(id);
      assertStoredExactlyOnce(id, network);
      assertThat(
              sync.status(id).stream().mapToLong(StreamStatus::itemsFetched).sum() - fetchedBefore)
          .as("items fetched counts what the sync stored")
          .isEqualTo(fixture.storedCount(id) - storedBefore)
          .isPositive();
      scheduler.schedule(id);
      for (StreamStatus s : sync.status(id)) {
        assertThat(s.lastSuccessAt()).as(s.stream().name()).isNotNull();
        assertThat(s.lastError()).as(s.stream().name()).isNull();
        assertThat(s.nextAttemptAt()).as("next tick of " + s.stream()).isNotNull();
      }

      // An overlapping read: the cursors start over; nothing new, nothing twice.
      // (The sandbox's own trickle of activity may have added items since the last full sync.)
      int networkBefore = floor.get(id).size();
      fixture.rewind(id);
      SyncReport overlap = run(id);
      assertThat(overlap.failedStreams()).isZero();
      assertThat(overlap.newItems())
          .isLessThanOrEqualTo(fixture.sandboxIds(network).size() - networkBefore);
      syncAll(id);
      assertStoredExactlyOnce(id, network);
    }

    // What a timer tick runs (its own run: back-off waits honoured) picks up new activity.
    for (Network network : Network.values()) {
      activity(network, 5);
      floor.put(accounts.get(network), fixture.sandboxIds(network));
    }
    for (Network network : Network.values()) {
      long id = accounts.get(network);
      SyncReport tick = scheduler.run(id, false);
      assertThat(tick.newItems()).as("%s: a tick reads the new activity", network).isPositive();
      for (int i = 0; i < 40 && tick.newItems() > 0; i++) {
        tick = scheduler.run(id, false);
        assertThat(tick.failedStreams()).isZero();
      }
      assertStoredExactlyOnce(id, network);
    }
  }

  @Test
  void
      failuresAreRecordedWithTheNextAttemptAndRecoveredWithoutLossOrDuplicates() { // DESIGN §4, S-3
    long id = link(Network.TWITTER, true);
    scheduler.cancel(id); // this test drives every run itself
    syncAll(id);
    activity(Network.TWITTER, 40);
    // Own tweets: HTTP 500; mentions: a timeout; direct messages: the rate limit (429 with reset).
    fault(Network.TWITTER, "HTTP_500", 1);
    fault(Network.TWITTER, "TIMEOUT", 1);
    fault(Network.TWITTER, "RATE_LIMIT", 1);
    SyncReport failed = run(id);
    assertThat(failed.failedStreams()).isEqualTo(3);

    // The stored cursors: the error in words, never a token, and the next attempt (first failure:
    // 5 to 10 seconds after the attempt; a rate limit: after the reset 15 minutes ahead).
    SyncCursor own = fixture.cursor(id, NetworkStream.TWITTER_OWN_TWEETS);
    assertThat(own.getLastError()).contains("HTTP 500").doesNotContain("Bearer");
    assertThat(own.getConsecutiveFailures()).isEqualTo(1);
    assertThat(own.getWaitReason()).isEqualTo(WaitReason.BACKOFF);
    assertThat(own.getNextAttemptAt())
        .isAfterOrEqualTo(own.getLastAttemptAt().plusNanos(4_900_000_000L))
        .isBeforeOrEqualTo(own.getLastAttemptAt().plusSeconds(10));
    SyncCursor mentions = fixture.cursor(id, NetworkStream.TWITTER_MENTIONS);
    assertThat(mentions.getLastError()).isNotNull();
    assertThat(mentions.getWaitReason()).isEqualTo(WaitReason.BACKOFF);
    assertThat(mentions.getNextAttemptAt()).isAfter(mentions.getLastAttemptAt());
    SyncCursor dms = fixture.cursor(id, NetworkStream.TWITTER_DIRECT_MESSAGES);
    assertThat(dms.getWaitReason()).isEqualTo(WaitReason.RATE_LIMIT);
    assertThat(dms.getNextAttemptAt()).isAfter(dms.getLastAttemptAt().plusMinutes(14));
    assertThat(dms.getLastError()).contains("429");
    // ... and the status panel's view of them.
    StreamStatus messages = status(id, NetworkStream.TWITTER_DIRECT_MESSAGES);
    assertThat(messages.waitingForRateLimit()).isTrue();
    assertThat(messages.nextAttemptAt()).isEqualTo(dms.getNextAttemptAt());
    assertThat(messages.lastError()).isEqualTo(dms.getLastError());

    // Sync now skips back-off waits but honours the rate limit.
    SyncReport second = run(id);
    assertThat(second.failedStreams()).isZero();
    assertThat(status(id, NetworkStream.TWITTER_OWN_TWEETS).lastError()).isNull();
    assertThat(status(id, NetworkStream.TWITTER_MENTIONS).lastError()).isNull();
    assertThat(status(id, NetworkStream.TWITTER_DIRECT_MESSAGES).waitingForRateLimit()).isTrue();

    // The reset time passes: everything is read, each item once.
    fixture.passWaits(id);
    syncAll(id);
    assertThat(sync.status(id)).allSatisfy(s -> assertThat(s.lastError()).isNull());
    assertStoredExactlyOnce(id, Network.TWITTER);

    // Several 5xx in a row back off further each time.
    fault(Network.TWITTER, "HTTP_500", 3);
    run(id);
    fixture.passWaits(id);
    fault(Network.TWITTER, "HTTP_500", 3);
    run(id);
    assertThat(status(id, NetworkStream.TWITTER_OWN_TWEETS).consecutiveFailures()).isEqualTo(2);
    admin("DELETE", "twitter", "faults", null);
    activity(Network.TWITTER, 10);
    syncAll(id);
    assertStoredExactlyOnce(id, Network.TWITTER);
    assertThat(status(id, NetworkStream.TWITTER_OWN_TWEETS).consecutiveFailures()).isZero();
  }

  // issue 19 point 14: throttle -> recovery -> every item stored once, against the sandbox
  @Test
  void aFacebookThrottleHoldsTheAccountExactlyAsLongAsFacebookSaysThenEveryItemIsStoredOnce() {
    long id = link(Network.FACEBOOK, true);
    scheduler.cancel(id); // this test drives every run itself
    syncAll(id);
    activity(Network.FACEBOOK, 20);
    admin("POST", "facebook", "usage", "{\"percent\":0,\"minutes\":2}");
    try {
      fault(Network.FACEBOOK, "RATE_LIMIT", 1);
      SyncReport throttled = run(id);
      assertThat(throttled.failedStreams()).isEqualTo(1);
      assertThat(admin("GET", "facebook", "faults", null)).contains("\"pending\":[]");
      for (NetworkStream stream :
          List.of(NetworkStream.FACEBOOK_PAGE_FEED, NetworkStream.FACEBOOK_CONVERSATIONS)) {
        SyncCursor cursor = fixture.cursor(id, stream);
        assertThat(cursor.getWaitReason()).as(stream + " waits").isEqualTo(WaitReason.RATE_LIMIT);
        OffsetDateTime regained =
            fixture.cursor(id, NetworkStream.FACEBOOK_PAGE_FEED).getLastAttemptAt().plusMinutes(2);
        assertThat(cursor.getNextAttemptAt())
            .as(stream + ": the time Facebook gave, not the 15-minute default")
            .isBetween(regained.minusSeconds(5), regained.plusSeconds(5));
        assertThat(status(id, stream).waitingForRateLimit())
            .as("the panel shows the wait")
            .isTrue();
      }
      assertThat(throttled.resumeAt()).isNotNull();
      assertThat(run(id).newItems()).as("Sync now honours the throttle").isZero();

      fixture.passWaits(id); // the two minutes pass
      syncAll(id);
      assertThat(sync.status(id)).allSatisfy(s -> assertThat(s.lastError()).isNull());
      assertStoredExactlyOnce(id, Network.FACEBOOK);
    } finally {
      admin("DELETE", "facebook", "usage", null);
      admin("DELETE", "facebook", "faults", null);
    }
  }

  @Test
  void anExpiredFacebookTokenAsksForReauthorizationAndStopsTheTimer() { // DESIGN §3 token trouble
    long id = link(Network.FACEBOOK, true);
    assertThat(scheduler.scheduled(id)).isTrue();
    fault(Network.FACEBOOK, "TOKEN_EXPIRED", 1);
    assertThat(run(id).needsReauthorization()).isTrue();
    assertThat(fixture.account(id).getStatus()).isEqualTo(AccountStatus.NEEDS_REAUTH);
    assertThat(scheduler.scheduled(id)).as("no timer while re-authorization is needed").isFalse();
    assertThat(directory.needingAttention()).extracting(AccountSummary::id).contains(id);
    assertThat(sync.status(id)).anySatisfy(s -> assertThat(s.lastError()).contains("re-authorize"));
    assertThat(sync.status(id)).allSatisfy(s -> assertThat(s.nextAttemptAt()).isNull());
    assertThatThrownBy(() -> sync.syncNow(id)).hasMessageContaining("social.sync.error.notActive");

    // Re-authorize: active again, its timer back, and the sync resumes from its cursors, with a
    // full walk due (what appeared behind the stored pages meanwhile is read).
    link(Network.FACEBOOK, false);
    assertThat(fixture.account(id).getStatus()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(scheduler.scheduled(id)).isTrue();
    assertThat(fixture.cursor(id, NetworkStream.FACEBOOK_PAGE_FEED).getNextWalkAt())
        .as("re-authorized: a full walk is due now")
        .isNull();
    syncAll(id);
    assertStoredExactlyOnce(id, Network.FACEBOOK);
  }

  @Test
  void anExpiredTwitterTokenIsRefreshedAndTheSyncGoesOn() { // DESIGN §3 token trouble
    long id = link(Network.TWITTER, true);
    scheduler.cancel(id);
    admin("POST", "twitter", "tokens/expire", "{\"login\":\"brand@acme.example\"}");
    activity(Network.TWITTER, 10);
    syncAll(id);
    assertThat(fixture.account(id).getStatus()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(sync.status(id)).allSatisfy(s -> assertThat(s.lastError()).isNull());
    assertStoredExactlyOnce(id, Network.TWITTER);
  }

  @Test
  void accountsWaitingForTheirPageOrRemovedAreNeverSynced() { // issue 6: PENDING_PAGE and REMOVED
    long pending = link(Network.FACEBOOK, false);
    assertThat(fixture.account(pending).getStatus()).isEqualTo(AccountStatus.PENDING_PAGE);
    assertThat(scheduler.scheduled(pending)).isFalse();
    assertThatThrownBy(() -> sync.syncNow(pending))
        .hasMessageContaining("social.sync.error.notActive");
    int stored = fixture.storedIds(pending).size();
    activity(Network.FACEBOOK, 10);
    assertThat(scheduler.run(pending, false).ran()).as("what a tick runs skips it").isFalse();
    assertThat(fixture.storedIds(pending))
        .as("nothing read while waiting for the page")
        .hasSize(stored);
    assertThat(sync.status(pending)).allSatisfy(s -> assertThat(s.nextAttemptAt()).isNull());

    long twitter = link(Network.TWITTER, true);
    assertThat(scheduler.scheduled(twitter)).isTrue();
    syncAll(twitter);
    long inFlight = fixture.cursor(twitter, NetworkStream.TWITTER_MENTIONS).getId();
    removal.remove(twitter);
    assertThat(scheduler.scheduled(twitter)).as("removing stops the sync (S-17)").isFalse();
    assertThat(fixture.cursors(twitter))
        .as("a removed account's cursors are forgotten: a re-link reads from the start (S-19)")
        .isZero();
    assertThat(fixture.storedCount(twitter)).as("its interactions stay stored (S-19)").isPositive();
    assertThatThrownBy(() -> sync.syncNow(twitter))
        .hasMessageContaining("social.sync.error.notActive");

    // A run that was under way when the account was removed stores nothing more and ends quietly.
    assertThatThrownBy(() -> cursors.store(inFlight, List.of()))
        .isInstanceOf(AccountNotActive.class);
    assertThatThrownBy(() -> cursors.cursors(twitter, List.of(NetworkStream.TWITTER_MENTIONS)))
        .isInstanceOf(AccountNotActive.class);
    cursors.succeeded(inFlight, 0, Clock.now());
    cursors.failed(inFlight, 0, "gone", null, null, Clock.now());
    assertThat(fixture.cursors(twitter)).as("no cursor made again for a removed account").isZero();
  }

  @Test
  void itemsBehindStoredPagesAndNewCommentsOnOldPostsAreStoredExactlyOnceByTheFullWalk() {
    // issue 6: "nothing fetched is lost or stored twice, whatever fails in between"; S-3 (the
    // stream shows every item), S-4 (every interaction of a person reaches their record)
    for (Network network : List.of(Network.FACEBOOK, Network.GOOGLE_PLUS)) {
      NetworkStream posts =
          network == Network.FACEBOOK
              ? NetworkStream.FACEBOOK_PAGE_FEED
              : NetworkStream.GOOGLE_PAGE_ACTIVITIES;
      long id = link(network, true);
      scheduler.cancel(id); // this test drives every run itself
      // More posts than one run's pages (20 of 100), stored by the newest-first read and the walk.
      admin("POST", path(network), "bulk", "{\"items\":2500}");
      syncAll(id);
      assertStoredExactlyOnce(id, network);
      StreamStatus walked = status(id, posts);
      assertThat(walked.fullWalk()).isFalse();
      assertThat(walked.lastFullWalkAt()).as("the walk due at link has finished").isNotNull();

      // Backdated posts behind the stored pages, and new comments on the oldest post.
      Set<String> behind =
          created(network, admin("POST", path(network), "behind", "{\"posts\":5,\"comments\":3}"));
      assertThat(behind).hasSize(8);
      assertThat(run(id).failedStreams()).isZero();
      assertThat(fixture.storedIds(id))
          .as("%s: the newest-first read stops at the stored pages and misses them", network)
          .doesNotContainAnyElementsOf(behind);

      // The walk comes due; a 5xx midway stops it, and the next run goes on from its last page.
      fixture.walkDue(id);
      admin("POST", path(network), "faults", "{\"kind\":\"HTTP_500\",\"count\":1,\"after\":8}");
      assertThat(run(id).failedStreams()).isEqualTo(1);
      StreamStatus stopped = status(id, posts);
      assertThat(stopped.fullWalk()).as("%s: the walk is under way", network).isTrue();
      assertThat(stopped.fullWalkPages())
          .as("%s: the pages committed before the failure stay read", network)
          .isPositive();
      fixture.passWaits(id);
      syncAll(id);
      assertThat(fixture.storedIds(id)).containsAll(behind);
      assertStoredExactlyOnce(id, network);
      assertThat(status(id, posts).fullWalk()).isFalse();
      assertThat(status(id, posts).lastFullWalkAt()).isAfter(walked.lastFullWalkAt());
    }
  }

  @Test
  void aConversationsMessagesBeyondTheLatestTwentyAreStoredExactlyOnce() { // S-3, issue 6
    long id = link(Network.FACEBOOK, true);
    scheduler.cancel(id);
    syncAll(id);
    // Facebook shows a conversation's latest 20 messages; the rest come from its messages edge.
    Set<String> messages =
        created(Network.FACEBOOK, admin("POST", "facebook", "conversation", "{\"messages\":45}"));
    assertThat(messages).hasSize(45);
    syncAll(id);
    assertThat(fixture.storedIds(id)).containsAll(messages);
    assertStoredExactlyOnce(id, Network.FACEBOOK);
  }

  @Test
  void aRunHoldsItsAccountsLeaseSoThatOneServerAtATimeSyncsIt() { // DESIGN §4: cluster
    long id = link(Network.TWITTER, true);
    scheduler.cancel(id);
    OffsetDateTime now = Clock.now();
    Duration ttl = Duration.ofMinutes(10);
    assertThat(leases.take(id, "server-a", now, ttl)).isTrue();
    assertThat(leases.take(id, "server-b", now.plusMinutes(1), ttl))
        .as("refused while another server holds it")
        .isFalse();
    assertThat(run(id).ran())
        .as("this server does not sync an account another server holds")
        .isFalse();
    assertThat(leases.renew(id, "server-a", now.plusMinutes(2), ttl)).isTrue();
    assertThat(leases.take(id, "server-b", now.plusMinutes(11), ttl))
        .as("renewed: still held")
        .isFalse();
    assertThat(leases.take(id, "server-b", now.plusMinutes(13), ttl))
        .as("expired (its server died): taken over")
        .isTrue();
    assertThat(leases.renew(id, "server-a", now.plusMinutes(14), ttl))
        .as("the old owner lost it")
        .isFalse();
    leases.release(id, "server-b");
    assertThat(leases.holder(id, now.plusMinutes(14))).isEmpty();

    SyncReport ran = run(id);
    assertThat(ran.ran()).isTrue();
    assertThat(leases.holder(id, Clock.now())).as("released at the end of a run").isEmpty();
  }

  @Test
  void syncNowQueuesTheRunReturningAtOnceAndThenTellsWhatItFound() { // issue 14: Sync now queued
    long id = link(Network.TWITTER, true);
    activity(Network.TWITTER, 5);
    int before = fixture.storedIds(id).size(); // what earlier links stored stays (S-19)
    // A run under way on this server (played by holding its lock): Sync now does not wait for it.
    assertThat(locks.lock(id, false)).isTrue();
    SyncNowRun queued;
    try {
      queued = sync.syncNow(id);
      assertThat(queued.pending()).as("queued, not run on the request's thread").isTrue();
      assertThat(sync.syncNow(id).pending()).as("a second Sync now joins the pending one").isTrue();
      assertThat(fixture.storedIds(id))
          .as("nothing read while the run under way holds the account")
          .hasSize(before);
    } finally {
      locks.unlock(id);
    }
    SyncNowRun ended = sync.lastSyncNow(id).orElseThrow();
    for (int i = 0; i < 600 && ended.pending(); i++) { // waits for the run to have ended
      pause();
      ended = sync.lastSyncNow(id).orElseThrow();
    }
    assertThat(ended.phase()).isEqualTo(SyncNowRun.Phase.FINISHED);
    assertThat(ended.report().ran()).isTrue();
    assertThat(ended.report().newItems())
        .isEqualTo(fixture.storedIds(id).size() - before)
        .isPositive();
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void onlyManageSocialUsersSyncOrSeeTheStatus() { // S-5, S-22
    long id = link(Network.TWITTER, true);
    as.signInAs(data.user(data.systemProfile(SystemProfile.STANDARD).getId(), "en"));
    assertThatThrownBy(() -> sync.syncNow(id)).isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> sync.status()).isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> sync.status(id)).isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> sync.lastSyncNow(id)).isInstanceOf(AccessDenied.class);
    as.signInAs(data.superAdminEmail());
    assertThat(sync.status())
        .extracting(StreamStatus::stream)
        .containsExactly(
            NetworkStream.TWITTER_OWN_TWEETS,
            NetworkStream.TWITTER_MENTIONS,
            NetworkStream.TWITTER_DIRECT_MESSAGES);
  }
}
