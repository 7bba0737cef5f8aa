package org.crmsocial.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crmsocial.it.settings.SandboxConsent;
import org.crmsocial.it.sync.SyncFixture;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.testsupport.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two Liberty servers on one PostgreSQL behind HAProxy, as README's Cluster section starts them
 * (issue 15): the sync runs on one server at a time and stores every item once; a server killed
 * with {@code kill -9} leaves its accounts to the other within two sync intervals, nothing lost and
 * nothing twice; a signed-in user working through the balancer keeps their session and finishes a
 * form after their server died; the server restarted joins without cancelling any timer. The sync
 * here is the real one: persistent EJB timers every {@link LocalCluster#INTERVAL}, Liberty's
 * failover, the run lease; the test only watches the database. About four minutes, most of them
 * spent waiting for the dead server's timer to move (its figure is printed).
 */
class ClusterIT {

  private static final Duration INTERVAL = Duration.parse(LocalCluster.INTERVAL);

  private static LocalCluster cluster;

  @BeforeAll
  static void start() throws Exception {
    cluster = new LocalCluster();
    cluster.start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void aKilledServersAccountsAndUsersCarryOnOnTheOtherWithNothingLostOrTwice() throws Exception {
    WebSession admin = new WebSession(cluster.url());
    admin.signIn("admin@crmsocial.example", "demo-password-1");
    int home = member(admin);
    seed(home, 150);

    // Linked on the user's server, whose timer syncs the account at once, then every interval.
    HttpResponse<String> started = admin.get("/social/connect/twitter");
    Map<String, String> back =
        SandboxConsent.allow(started.uri().toString(), Network.TWITTER, "brand@acme.example");
    HttpResponse<String> linked =
        admin.get(
            "/social/callback/twitter?state="
                + WebSession.enc(back.get("state"))
                + "&code="
                + WebSession.enc(back.get("code")));
    assertThat(linked.statusCode()).isEqualTo(200);
    assertThat(member(admin)).as("the balancer keeps a user on their server").isEqualTo(home);
    long account = twitterAccount();
    List<List<String>> timers = syncTimers();
    assertThat(timers)
        .as("one persistent timer for the account, in the shared database")
        .hasSize(1);

    awaitStoredExactlyOnce(account, INTERVAL.plusMinutes(1), "the first syncs, both servers up");

    // The user opens a form on their server, which then dies, just after the sync ran there: the
    // account's next run falls due on a server that no longer exists.
    String form = admin.get("/app/leads/edit.xhtml").body();
    String viewState = WebSession.viewState(form);
    seed(home, 120);
    long killed = System.nanoTime();
    cluster.killMember(home);

    HttpResponse<String> saved =
        admin.post(
            "/app/leads/edit.xhtml",
            "edit-form=edit-form&edit-form%3AlastName=Failover&edit-form%3Acompany=Cluster+Inc"
                + "&edit-form%3Astatus_input=NEW&edit-form%3Asave=edit-form%3Asave"
                + "&jakarta.faces.partial.ajax=true&jakarta.faces.source=edit-form%3Asave"
                + "&jakarta.faces.partial.execute=%40all"
                + "&jakarta.faces.partial.render=edit-form+page-messages"
                + "&jakarta.faces.ViewState="
                + WebSession.enc(viewState),
            "Faces-Request",
            "partial/ajax");
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(saved.body())
        .as("the form finishes on the other server, still signed in, its view state found")
        .doesNotContain("ViewExpired")
        .doesNotContain("login.xhtml\"");
    assertThat(member(admin)).as("now on the other server").isNotEqualTo(home);
    assertThat(cluster.query("SELECT id FROM lead WHERE last_name = 'Failover'"))
        .as("the lead is saved once")
        .hasSize(1);

    Duration takenOver =
        awaitStoredExactlyOnce(
            account, INTERVAL.multipliedBy(2), "after the death of the server that ran the sync");
    System.out.printf(
        "[cluster] kill -9 to every item synced on the other server: %d s (bound: %d s)%n",
        Duration.ofNanos(System.nanoTime() - killed).toSeconds(), INTERVAL.toSeconds() * 2);
    assertThat(takenOver).isLessThanOrEqualTo(INTERVAL.multipliedBy(2));

    cluster.startMember(home);
    assertThat(syncTimers())
        .as("the restarted server joins without cancelling or adding a timer")
        .isEqualTo(timers);
  }

  /** The member the balancer's stickiness cookie sends this session to: 1 or 2. */
  private static int member(WebSession web) {
    String cookie = web.cookie("CRMSOCIALMEMBER").orElseThrow();
    return Integer.parseInt(cookie.substring("member".length()));
  }

  /** Adds mentions and DMs of the brand on Twitter, through one member's sandbox controls. */
  private static void seed(int member, int items) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(cluster.memberUrl(member) + "/sandbox/twitter/_admin/bulk"))
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofMinutes(2))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"items\":" + items + "}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
  }

  private static long twitterAccount() throws Exception {
    List<List<String>> rows =
        cluster.query(
            "SELECT id FROM social_account WHERE network = 'TWITTER' AND status = 'ACTIVE'");
    assertThat(rows).hasSize(1);
    return Long.parseLong(rows.get(0).get(0));
  }

  /** The persistent EJB timers of the application, each its id and its next run. */
  private static List<List<String>> syncTimers() throws Exception {
    return cluster.query("SELECT id FROM wlptask WHERE iname LIKE '%SyncScheduler%' ORDER BY id");
  }

  /**
   * Waits until the account holds every item the sandbox has for the brand's synced streams, each
   * once; how long that took.
   */
  private static Duration awaitStoredExactlyOnce(long account, Duration within, String when)
      throws Exception {
    long started = System.nanoTime();
    long deadline = started + within.plusSeconds(30).toNanos();
    Set<String> expected = Set.of();
    List<List<String>> stored = List.of();
    while (System.nanoTime() < deadline) {
      expected = SyncFixture.sandboxIds(cluster.database(), Network.TWITTER);
      stored =
          cluster.query("SELECT external_id FROM social_interaction WHERE account_id = ?", account);
      Set<String> distinct = new HashSet<>();
      stored.forEach(r -> distinct.add(r.get(0)));
      assertThat(stored).as("nothing stored twice, " + when).hasSameSizeAs(distinct);
      if (distinct.equals(expected)) {
        return Duration.ofNanos(System.nanoTime() - started);
      }
      Thread.sleep(2000);
    }
    throw new AssertionError(
        "Not every item synced "
            + when
            + " within "
            + within
            + ": "
            + stored.size()
            + " stored of "
            + expected.size()
            + "\n--- member 1 ---\n"
            + cluster.log(1)
            + "\n--- member 2 ---\n"
            + cluster.log(2));
  }
}
