package org.crmsocial.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
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
    WebSession admin = cluster.signIn();
    int home = LocalCluster.member(admin);
    cluster.seed(home, 150);

    // Linked on the user's server, whose timer syncs the account at once, then every interval.
    long account = cluster.linkTwitter(admin);
    assertThat(LocalCluster.member(admin))
        .as("the balancer keeps a user on their server")
        .isEqualTo(home);
    List<List<String>> timers = cluster.syncTimers();
    assertThat(timers)
        .as("one persistent timer for the account, in the shared database")
        .hasSize(1);
    awaitStoredExactlyOnce(account, INTERVAL.plusMinutes(1), "the first syncs, both servers up");
    assertThat(cluster.lastRunBy(account))
        .as("the first run, where the timer was made")
        .isEqualTo(home);

    // The user opens a form on their server, which then dies, just after the sync ran there: the
    // account's next run falls due on a server that no longer exists.
    String viewState = WebSession.viewState(admin.get("/app/leads/edit.xhtml").body());
    cluster.seed(home, 120);
    long killed = System.currentTimeMillis();
    cluster.killMember(home);

    HttpResponse<String> saved =
        postAsABrowserWould(
            admin,
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
    assertThat(LocalCluster.member(admin)).as("now on the other server").isNotEqualTo(home);
    assertThat(cluster.query("SELECT id FROM lead WHERE last_name = 'Failover'"))
        .as("the form finishes on the other server, still signed in, its view state found: saved")
        .hasSize(1);

    awaitStoredExactlyOnce(
        account, INTERVAL.multipliedBy(2), "after the death of the server that ran the sync");
    assertThat(cluster.lastRunBy(account))
        .as("the sync moved to the other server")
        .isEqualTo(3 - home);
    Duration takenOver = Duration.ofMillis(cluster.lastRunStarted() - killed);
    System.out.printf(
        "[cluster] kill -9 to the first sync on the other server: %d s (bound: %d s)%n",
        takenOver.toSeconds(), INTERVAL.multipliedBy(2).toSeconds());
    assertThat(takenOver).isPositive().isLessThanOrEqualTo(INTERVAL.multipliedBy(2));

    cluster.startMember(home);
    assertThat(cluster.syncTimers())
        .as("the restarted server joins without cancelling or adding a timer")
        .isEqualTo(timers);
  }

  /**
   * Posts a form as a browser does: a request sent on a kept-alive connection that closes without a
   * byte of answer (the balancer's connection to the server that just died) is sent once more, on a
   * new connection, which the balancer gives to the living server.
   */
  private static HttpResponse<String> postAsABrowserWould(
      WebSession web, String path, String form, String... headers) {
    try {
      return web.post(path, form, headers);
    } catch (IllegalStateException closedWithoutAnswer) {
      if (!(closedWithoutAnswer.getCause() instanceof java.io.IOException)) {
        throw closedWithoutAnswer;
      }
      return web.post(path, form, headers);
    }
  }

  /** Waits until the account holds every item the sandbox has, each once. */
  private static void awaitStoredExactlyOnce(long account, Duration within, String when)
      throws Exception {
    long deadline = System.nanoTime() + within.plusSeconds(30).toNanos();
    while (!cluster.storedExactlyOnce(account, when)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "Not every item synced "
                + when
                + " within "
                + within
                + "\n--- member 1 ---\n"
                + cluster.log(1)
                + "\n--- member 2 ---\n"
                + cluster.log(2));
      }
      Thread.sleep(2000);
    }
  }
}
