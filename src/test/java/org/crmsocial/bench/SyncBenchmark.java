package org.crmsocial.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.crmsocial.it.settings.SandboxConsent;
import org.crmsocial.it.sync.SyncFixture;
import org.crmsocial.social.provider.model.AuthorizationRequest;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.settings.control.AccountSummary;
import org.crmsocial.social.settings.control.LinkResult;
import org.crmsocial.social.settings.control.LinkingService;
import org.crmsocial.social.sync.control.SyncReport;
import org.crmsocial.social.sync.control.SyncScheduler;
import org.crmsocial.social.sync.control.SyncService;
import org.crmsocial.testsupport.Deployments;
import org.crmsocial.testsupport.TestCurrentUser;
import org.crmsocial.testsupport.TestData;
import org.eclipse.microprofile.config.Config;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 6's sync figures. Ingest: interactions per second from the sandbox (bulk-seeded Facebook
 * page posts with comments) through the real client, the sync's cursors and {@code
 * InteractionStore} into the database, against a raw JDBC batch insert of the same rows in the same
 * run, on a warm server: {@link #WARM_UP} rounds first, then the median of {@link #ROUNDS} measured
 * rounds, each printed. Freshness: seconds from an activity created in the sandbox to its row in
 * the stored interactions, with the timer at the quick start's interval (PT10S in the bench
 * profile). Not a test: run with {@code mvn -B verify -Pbench}; it prints BENCH lines and asserts
 * only that the data arrived.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SyncBenchmark {

  static final int ITEMS = Integer.getInteger("bench.sync.items", 50_000);

  /**
   * Rounds that warm the server first (printed, not counted): the JIT still compiles for several
   * seconds a round through the first rounds of a fresh server, on the sync's path and the raw
   * insert's alike, and a long-running server has long compiled both.
   */
  static final int WARM_UP = Integer.getInteger("bench.sync.warmup", 6);

  /** Rounds measured once the server is warm; the figure is their median. */
  static final int ROUNDS = Integer.getInteger("bench.sync.rounds", 4);

  static final int FRESHNESS_SAMPLES = Integer.getInteger("bench.sync.samples", 5);

  @Deployment
  static WebArchive deployment() {
    return Deployments.productWarWith(SyncBenchmark.class)
        .addClasses(SandboxConsent.class, SyncFixture.class);
  }

  @Resource(lookup = "jdbc/crmsocial")
  DataSource dataSource;

  @EJB LinkingService linking;
  @EJB SyncService sync;
  @EJB SyncScheduler scheduler;
  @EJB SyncFixture fixture;
  @EJB TestData data;
  @Inject TestCurrentUser as;
  @Inject Config config;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private String base() {
    return "http://localhost:" + config.getOptionalValue("http.port", String.class).orElse("9080");
  }

  @Test
  @Order(1)
  void ingest() throws Exception {
    long account = linkFacebook();
    scheduler.cancel(account); // this measurement drives the runs itself
    syncUntilNothingNew(account);
    List<Round> measured = new ArrayList<>();
    for (int i = 1; i <= WARM_UP + ROUNDS; i++) {
      Round r = round(account, ITEMS);
      bench(
          "sync ingest, %s %d: %.0f interactions/s, raw JDBC %.0f rows/s: %.2f end to end, %.2f for"
              + " the store alone, %.2f of the raw insert's CPU per row; %s",
          i <= WARM_UP ? "warm-up round" : "measured round",
          i <= WARM_UP ? i : i - WARM_UP,
          r.rate(),
          r.raw().rate(),
          r.endToEnd(),
          r.storeAlone(),
          r.cpuRatio(),
          r.gc().replace("BENCH   gc: ", "gc "));
      if (i > WARM_UP) {
        measured.add(r);
      }
    }
    bench(
        "sync ingest, %d measured rounds after %d warm-up rounds (median, min-max): sync / raw"
            + " JDBC %.2f (%.2f-%.2f) end to end, %.2f (%.2f-%.2f) for the store alone, %.2f"
            + " (%.2f-%.2f) of the raw insert's CPU per row (aim >= 0.5 end to end)",
        ROUNDS,
        WARM_UP,
        median(measured, Round::endToEnd),
        min(measured, Round::endToEnd),
        max(measured, Round::endToEnd),
        median(measured, Round::storeAlone),
        min(measured, Round::storeAlone),
        max(measured, Round::storeAlone),
        median(measured, Round::cpuRatio),
        min(measured, Round::cpuRatio),
        max(measured, Round::cpuRatio));
    // The round of the median end to end, in detail.
    List<Round> byRatio = new ArrayList<>(measured);
    byRatio.sort(java.util.Comparator.comparingDouble(Round::endToEnd));
    Round r = byRatio.get(byRatio.size() / 2);
    double syncRate = r.stored() / r.seconds();
    bench(
        "sync ingest: %d interactions from the sandbox in %.1f s (%d runs) = %.0f interactions/s;"
            + " of which waiting for the sandbox's HTTP answers %.1f s (what the read of the next page while a page is stored did not hide),"
            + " storing pages and cursors %.1f s (= %.0f interactions/s)",
        r.stored(),
        r.seconds(),
        r.runs(),
        syncRate,
        r.networkSeconds(),
        r.storeSeconds(),
        r.stored() / r.storeSeconds());
    double jdbcRate = r.raw().rows() / r.raw().seconds();
    double jdbcCpu = r.raw().cpuSeconds();
    bench(
        "sync ingest: raw JDBC batch insert of the same %d rows = %.0f rows/s",
        r.raw().rows(), jdbcRate);
    bench(
        "sync ingest: sync / raw JDBC = %.2f end to end, %.2f for the store alone",
        syncRate / jdbcRate, r.stored() / r.storeSeconds() / jdbcRate);
    bench(
        "sync ingest: CPU of the sync's own threads (the run and its read-ahead: HTTP client, JSON,"
            + " store; not the sandbox answering) %.1f s = %.0f interactions per CPU second;"
            + " raw JDBC %.1f s = %.0f rows per CPU second; ratio %.2f",
        r.syncCpu(),
        r.stored() / r.syncCpu(),
        jdbcCpu,
        r.raw().rows() / jdbcCpu,
        jdbcCpu / r.syncCpu());
    bench(
        "sync ingest: the whole server's CPU during the sync %.1f s of %.1f s x %d cores (the"
            + " sync's threads %.1f s; the rest: the sandbox answering, the database's background"
            + " writers, the JIT compiler, the garbage collector); by thread (s): %s",
        r.serverCpu(),
        r.seconds(),
        Runtime.getRuntime().availableProcessors(),
        r.syncCpu(),
        r.byThread());
    System.out.println(r.gc());
  }

  /** What one round of the ingest measured. */
  private record Round(
      long stored,
      double seconds,
      int runs,
      double networkSeconds,
      double storeSeconds,
      double syncCpu,
      double serverCpu,
      String byThread,
      String gc,
      RawInsert raw) {

    double rate() {
      return stored / seconds;
    }

    double endToEnd() {
      return rate() / raw.rate();
    }

    double storeAlone() {
      return stored / storeSeconds / raw.rate();
    }

    double cpuRatio() {
      return raw.cpuSeconds() / syncCpu;
    }
  }

  private static double median(List<Round> rounds, java.util.function.ToDoubleFunction<Round> f) {
    double[] v = rounds.stream().mapToDouble(f).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  private static double min(List<Round> rounds, java.util.function.ToDoubleFunction<Round> f) {
    return rounds.stream().mapToDouble(f).min().orElse(Double.NaN);
  }

  private static double max(List<Round> rounds, java.util.function.ToDoubleFunction<Round> f) {
    return rounds.stream().mapToDouble(f).max().orElse(Double.NaN);
  }

  /**
   * Seeds {@code items} in the sandbox, syncs until a run finds nothing new, then inserts the same
   * rows with raw JDBC.
   */
  private Round round(long account, int items) throws Exception {
    long before = fixture.storedCount(account);
    long maxIdBefore = maxInteractionId();
    post("/sandbox/facebook/_admin/bulk", "{\"items\":" + items + "}");
    long started = System.nanoTime();
    long cpuBefore = syncCpuNanos();
    long serverCpuBefore = serverCpuNanos();
    Map<Long, Long> threadsBefore = threadCpu();
    GcWatch gcs = GcWatch.start();
    long jitBefore = jitMillis();
    long[] split = new long[2];
    int runs = syncUntilNothingNew(account, split);
    double seconds = (System.nanoTime() - started) / 1e9;
    double syncCpu = (syncCpuNanos() - cpuBefore) / 1e9;
    double serverCpu = (serverCpuNanos() - serverCpuBefore) / 1e9;
    String byThread = cpuByGroup(threadsBefore);
    String gc =
        gcs.since()
            + String.format(
                Locale.ROOT, "; JIT compilation %.1f s", (jitMillis() - jitBefore) / 1e3);
    long stored = fixture.storedCount(account) - before;
    assertThat(stored).as("every seeded item stored").isGreaterThanOrEqualTo(items);
    return new Round(
        stored,
        seconds,
        runs,
        split[0] / 1e3,
        split[1] / 1e3,
        syncCpu,
        serverCpu,
        byThread,
        gc,
        rawJdbcInsert(maxIdBefore));
  }

  @Test
  @Order(2)
  void freshness() throws Exception {
    long account = linkFacebook();
    scheduler.cancel(account);
    syncUntilNothingNew(account);
    scheduler.schedule(account); // the timer alone from here on
    String interval =
        config.getOptionalValue("crmsocial.sync.interval", String.class).orElse("PT1M");
    List<Double> samples = new ArrayList<>();
    for (int i = 0; i < FRESHNESS_SAMPLES * 3 && samples.size() < FRESHNESS_SAMPLES; i++) {
      long stored = fixture.storedCount(account);
      String answer = post("/sandbox/facebook/_admin/activity", "{\"count\":1}");
      long created = System.nanoTime();
      if (answer.contains("\"items\":[]")) {
        continue; // a like: no new item
      }
      long deadline = created + Duration.ofMinutes(2).toNanos();
      while (fixture.storedCount(account) <= stored && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(fixture.storedCount(account)).as("the activity arrived").isGreaterThan(stored);
      samples.add((System.nanoTime() - created) / 1e9);
      Thread.sleep(1000 + (long) (Math.random() * 4000)); // spread the samples over the interval
    }
    Collections.sort(samples);
    bench(
        "sync freshness at %s: median %.1f s, min %.1f s, max %.1f s over %d activities %s",
        interval,
        samples.get(samples.size() / 2),
        samples.get(0),
        samples.get(samples.size() - 1),
        samples.size(),
        samples);
    scheduler.cancel(account);
  }

  private long linkFacebook() {
    as.signInAs(data.superAdminEmail());
    for (AccountSummary a : linking.accounts()) {
      if (!a.isRemoved() && a.network() == Network.FACEBOOK) {
        return a.id();
      }
    }
    AuthorizationRequest started = linking.start(Network.FACEBOOK, base());
    Map<String, String> back =
        SandboxConsent.allow(started.url(), Network.FACEBOOK, "brand@acme.example");
    LinkResult linked =
        linking.complete(Network.FACEBOOK, back.get("state"), back.get("code"), back.get("error"));
    linking.addPage(linked.accountId(), linking.pages(linked.accountId()).get(0).id());
    return linked.accountId();
  }

  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  /**
   * CPU time of this thread (Sync now runs the sync in it) and of the sync's read-ahead threads,
   * which stay alive between the runs of one measurement.
   */
  private static long syncCpuNanos() {
    long total = THREADS.getCurrentThreadCpuTime();
    for (java.lang.management.ThreadInfo t : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
      if (t != null && t.getThreadName().startsWith("crmsocial-sync-read-ahead")) {
        total += Math.max(0, THREADS.getThreadCpuTime(t.getThreadId()));
      }
    }
    return total;
  }

  /** CPU time of every live thread, by thread id. */
  private static Map<Long, Long> threadCpu() {
    Map<Long, Long> cpu = new java.util.HashMap<>();
    for (long id : THREADS.getAllThreadIds()) {
      cpu.put(id, Math.max(0, THREADS.getThreadCpuTime(id)));
    }
    return cpu;
  }

  /**
   * CPU time since {@code before} of the live threads, by name without its number; this thread (the
   * sync run) apart from the server's other request threads (the sandbox answering).
   */
  private static String cpuByGroup(Map<Long, Long> before) {
    Map<String, Double> groups = new java.util.TreeMap<>();
    long self = Thread.currentThread().getId();
    for (java.lang.management.ThreadInfo t : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
      if (t == null) {
        continue;
      }
      long used =
          Math.max(0, THREADS.getThreadCpuTime(t.getThreadId()))
              - before.getOrDefault(t.getThreadId(), 0L);
      String group =
          t.getThreadId() == self
              ? "the sync run (this thread)"
              : t.getThreadName().replaceAll("[-_ ]?\\d+", "");
      groups.merge(group, used / 1e9, Double::sum);
    }
    return groups.entrySet().stream()
        .filter(e -> e.getValue() >= 0.05)
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey(), e.getValue()))
        .collect(java.util.stream.Collectors.joining("; "));
  }

  /** Time the JIT compilers took so far (all its threads). */
  private static long jitMillis() {
    return java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
  }

  /** CPU time of the whole server process. */
  private static long serverCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** One line, printed whole (the server's SystemOut splits a printf). */
  private static void bench(String format, Object... args) {
    System.out.println("BENCH " + String.format(Locale.ROOT, format, args));
  }

  private int syncUntilNothingNew(long account) {
    return syncUntilNothingNew(account, new long[2]);
  }

  /**
   * Runs the sync (as Sync now does) until a run finds nothing; adds network and store millis to
   * {@code split}.
   */
  private int syncUntilNothingNew(long account, long[] split) {
    int runs = 0;
    for (int quiet = 0; quiet < 1 && runs < 10_000; ) {
      SyncReport report = scheduler.run(account, true);
      split[0] += report.networkMillis();
      split[1] += report.storeMillis();
      runs++;
      assertThat(report.failedStreams()).as("%s", sync.status(account)).isZero();
      if (report.newItems() == 0) {
        quiet++;
      }
    }
    return runs;
  }

  /** What the raw insert took: wall and CPU seconds of the inserts and commits alone. */
  private record RawInsert(int rows, double seconds, double cpuSeconds) {

    double rate() {
      return rows / seconds;
    }
  }

  /** Inserts copies of the rows the sync stored (new ids and external ids) in JDBC batches. */
  private RawInsert rawJdbcInsert(long afterId) throws Exception {
    String columns =
        "network, account_id, stream, kind, direction, author_id, parent_external_id, conversation_id, text, permalink,"
            + " created_at, fetched_at, like_count, reply_count, share_count, liked_by_account, shared_by_account";
    List<Object[]> rows = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT external_id, "
                    + columns
                    + " FROM social_interaction WHERE id > ? ORDER BY id")) {
      s.setLong(1, afterId);
      try (ResultSet r = s.executeQuery()) {
        int n = r.getMetaData().getColumnCount();
        while (r.next()) {
          Object[] row = new Object[n];
          for (int i = 0; i < n; i++) {
            row[i] = r.getObject(i + 1);
          }
          rows.add(row);
        }
      }
    }
    long firstId = maxInteractionId() + 1_000_000_000L;
    long started = System.nanoTime();
    long cpuStarted = THREADS.getCurrentThreadCpuTime();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO social_interaction (id, external_id, "
                  + columns
                  + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        int inBatch = 0;
        int batches = 0;
        for (int i = 0; i < rows.size(); i++) {
          Object[] row = rows.get(i);
          s.setLong(1, firstId + i);
          s.setString(2, "bench-" + row[0]);
          for (int k = 1; k < row.length; k++) {
            s.setObject(k + 2, row[k]);
          }
          s.addBatch();
          if (++inBatch == 1000) {
            s.executeBatch();
            inBatch = 0;
            if (++batches % 10 == 0) {
              c.commit();
            }
          }
        }
        if (inBatch > 0) {
          s.executeBatch();
        }
        c.commit();
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM social_interaction WHERE external_id LIKE 'bench-%'");
    }
    return new RawInsert(rows.size(), seconds, cpuSeconds);
  }

  private long maxInteractionId() throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM social_interaction")) {
      r.next();
      return r.getLong(1);
    }
  }

  private String post(String path, String json) throws Exception {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(base() + path))
                .timeout(Duration.ofMinutes(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return answer.body();
  }
}
