package org.crmsocial.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crmsocial.it.cluster.LocalCluster;
import org.crmsocial.testsupport.WebSession;
import org.junit.jupiter.api.Test;

/**
 * The cluster's figures (issue 15), on the cluster of {@code ClusterIT} ({@link LocalCluster}: two
 * servers on PostgreSQL behind HAProxy): the Social tab's first page over HTTP through the balancer
 * at 32 concurrent signed-in sessions, with one server and with two; and the failover time, from a
 * {@code kill -9} of the server that ran the account last to the first sync run on the other, over
 * 5 kills. Both servers would share this machine's cores, so that a second server would add no
 * hardware: each is given a core of its own ({@code bench.cpus}, default "0 1", with taskset), and
 * "one server" is the first alone on its core. PostgreSQL, HAProxy and the sessions run on either.
 * Run with {@code mvn -B verify -Pbench -Dit.test=ClusterBenchmark}; prints BENCH lines.
 */
class ClusterBenchmark {

  static final int SESSIONS = Integer.getInteger("bench.sessions", 32);
  static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("bench.warmup", 30));
  static final Duration MEASURED = Duration.ofSeconds(Integer.getInteger("bench.seconds", 60));
  static final int KILLS = Integer.getInteger("bench.kills", 5);
  static final String CPUS = System.getProperty("bench.cpus", "0 1");

  @Test
  void socialTabThroughTheBalancerAndFailover() throws Exception {
    try (LocalCluster cluster =
        new LocalCluster(CPUS.isBlank() ? Map.of() : Map.of("CRMSOCIAL_MEMBER_CPUS", CPUS))) {
      cluster.start();
      WebSession admin = cluster.signIn();
      cluster.seed(1, 2000);
      long account = cluster.linkTwitter(admin);
      awaitSynced(cluster, account, Duration.ofMinutes(5));

      double two = socialTab(cluster, "two servers");
      cluster.stopMember(2);
      double one = socialTab(cluster, "one server");
      System.out.printf(
          Locale.ROOT, "BENCH cluster social tab: two servers / one = %.2f%n", two / one);
      cluster.startMember(2);

      List<Long> seconds = new ArrayList<>();
      for (int kill = 1; kill <= KILLS; kill++) {
        int holder = Math.max(1, cluster.lastRunBy(account)); // 0: restarted since, either
        long killed = System.currentTimeMillis();
        cluster.killMember(holder);
        long started = awaitRunAfter(cluster, killed);
        assertThat(cluster.lastRunBy(account)).isEqualTo(3 - holder);
        seconds.add((started - killed) / 1000);
        System.out.printf(
            Locale.ROOT,
            "BENCH cluster failover %d: server %d killed, first sync on server %d after %d s%n",
            kill,
            holder,
            3 - holder,
            (started - killed) / 1000);
        cluster.startMember(holder);
      }
      Collections.sort(seconds);
      System.out.printf(
          Locale.ROOT,
          "BENCH cluster failover over %d kills at %s: min %d s, median %d s, max %d s%n",
          KILLS,
          LocalCluster.INTERVAL,
          seconds.get(0),
          seconds.get(seconds.size() / 2),
          seconds.get(seconds.size() - 1));
      awaitSynced(cluster, account, Duration.ofMinutes(5));
    }
  }

  /** When the first sync run that started after {@code after} started. */
  private static long awaitRunAfter(LocalCluster cluster, long after) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
    while (System.nanoTime() < deadline) {
      long started = cluster.lastRunStarted();
      if (started > after) {
        return started;
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("no sync ran in 10 minutes after the kill");
  }

  private static void awaitSynced(LocalCluster cluster, long account, Duration within)
      throws Exception {
    long deadline = System.nanoTime() + within.toNanos();
    while (!cluster.storedExactlyOnce(account, "before measuring")) {
      assertThat(System.nanoTime()).as("synced within " + within).isLessThan(deadline);
      Thread.sleep(2000);
    }
  }

  /**
   * {@link #SESSIONS} signed-in sessions through the balancer, each asking for the Social tab's
   * first page again and again; prints pages a second and latencies; the pages a second.
   */
  private static double socialTab(LocalCluster cluster, String what) throws Exception {
    List<WebSession> sessions = new ArrayList<>();
    for (int i = 0; i < SESSIONS; i++) {
      sessions.add(cluster.signIn());
    }
    assertThat(sessions.get(0).get("/app/social/index.xhtml").body())
        .as("the Social tab shows the synced stream")
        .contains("stream-form");
    run(sessions, WARM_UP);
    List<Long> nanos = run(sessions, MEASURED);
    Collections.sort(nanos);
    double perSecond = nanos.size() / (double) MEASURED.toSeconds();
    System.out.printf(
        Locale.ROOT,
        "BENCH cluster social tab first page, %s, %d sessions: %.1f pages/s, median %.0f ms,"
            + " p95 %.0f ms, max %.0f ms (%d pages)%n",
        what,
        SESSIONS,
        perSecond,
        nanos.get(nanos.size() / 2) / 1e6,
        nanos.get((int) (nanos.size() * 0.95)) / 1e6,
        nanos.get(nanos.size() - 1) / 1e6,
        nanos.size());
    return perSecond;
  }

  /** Every session asks for the page until {@code length} has passed; each page's time. */
  private static List<Long> run(List<WebSession> sessions, Duration length) throws Exception {
    long end = System.nanoTime() + length.toNanos();
    ExecutorService threads = Executors.newFixedThreadPool(sessions.size());
    try {
      List<Future<List<Long>>> each = new ArrayList<>();
      for (WebSession session : sessions) {
        each.add(
            threads.submit(
                () -> {
                  List<Long> times = new ArrayList<>();
                  while (System.nanoTime() < end) {
                    long started = System.nanoTime();
                    HttpResponse<String> page = session.get("/app/social/index.xhtml");
                    times.add(System.nanoTime() - started);
                    assertThat(page.statusCode()).isEqualTo(200);
                  }
                  return times;
                }));
      }
      List<Long> all = new ArrayList<>();
      for (Future<List<Long>> f : each) {
        all.addAll(f.get());
      }
      return all;
    } finally {
      threads.shutdownNow();
    }
  }
}
