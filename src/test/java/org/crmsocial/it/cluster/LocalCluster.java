package org.crmsocial.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.crmsocial.it.settings.SandboxConsent;
import org.crmsocial.it.sync.SyncFixture;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.testsupport.WebSession;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A cluster of two Liberty servers on one PostgreSQL database behind HAProxy, run by the project's
 * own {@code liberty/cluster/cluster.sh} (README, Cluster) on ports of its own, so that it never
 * meets the demo server, the integration server or a cluster a developer runs. Its database is made
 * anew for each run; its state (token key, balancer's pid) lives under {@code target/cluster-it},
 * each command's output in {@code cluster.log} there. Also what the cluster's test and benchmark do
 * on it: link the brand's Twitter account through the balancer, seed the sandbox, watch the timers
 * and what the sync stored.
 */
public final class LocalCluster implements AutoCloseable {

  static final int BALANCER = 9190;
  static final List<Integer> MEMBERS = List.of(9191, 9192);
  static final String DATABASE = "crmsocial_cluster_it";
  static final String PREFIX = "crmsocial-itmember";

  /** The sync interval every member is given: a dead member's accounts move within two. */
  public static final String INTERVAL = "PT2M";

  private final Path root = Path.of(System.getProperty("user.dir"));
  private final Map<String, String> settings;

  /** The cluster as the test runs it. */
  public LocalCluster() {
    this(Map.of());
  }

  /** The cluster with more of cluster.sh's settings (its header lists them). */
  public LocalCluster(Map<String, String> settings) {
    this.settings = Map.copyOf(settings);
  }

  private final Path state = root.resolve("target/cluster-it");
  private final String pgHost = System.getProperty("test.pg.host", "127.0.0.1");
  private final int pgPort = Integer.getInteger("test.pg.port", 5432);

  /** The balancer's address: where users go. */
  public String url() {
    return "http://localhost:" + BALANCER;
  }

  /** A member's own address (for the sandbox's controls, which need no balancer). */
  public String memberUrl(int member) {
    return "http://localhost:" + MEMBERS.get(member - 1);
  }

  /** The cluster's database. */
  public DataSource database() {
    return dataSource(DATABASE);
  }

  /** Makes the database anew and starts both members and the balancer. */
  public void start() throws Exception {
    Files.createDirectories(state);
    try (Connection c = dataSource("postgres").getConnection();
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + DATABASE);
    }
    run("start");
  }

  public void startMember(int member) throws Exception {
    run("start-member", String.valueOf(member));
  }

  /** Kills a member with {@code kill -9}: no shutdown, no goodbye. */
  public void killMember(int member) throws Exception {
    run("kill-member", String.valueOf(member));
  }

  /** Stops the balancer and the members. */
  @Override
  public void close() throws Exception {
    run("stop");
  }

  /** The messages.log of a member, for a failure's message. */
  public String log(int member) {
    Path log =
        root.resolve("target/liberty/wlp/usr/servers/" + PREFIX + member + "/logs/messages.log");
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  /** Rows of a query in the cluster's database, each as its columns' text. */
  public List<List<String>> query(String sql, Object... args) throws SQLException {
    List<List<String>> rows = new ArrayList<>();
    try (Connection c = database().getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        int columns = r.getMetaData().getColumnCount();
        while (r.next()) {
          List<String> row = new ArrayList<>();
          for (int i = 1; i <= columns; i++) {
            row.add(r.getString(i));
          }
          rows.add(row);
        }
      }
    }
    return rows;
  }

  /** Stops one member the gentle way ({@code server stop}). */
  public void stopMember(int member) throws Exception {
    run("stop-member", String.valueOf(member));
  }

  /** Signs in as the demo's administrator through the balancer. */
  public WebSession signIn() {
    WebSession web = new WebSession(url());
    web.signIn("admin@crmsocial.example", "demo-password-1");
    return web;
  }

  /**
   * Links the sandbox brand's Twitter account in {@code web}'s session, through the balancer; the
   * account's id.
   */
  public long linkTwitter(WebSession web) throws Exception {
    HttpResponse<String> started = web.get("/social/connect/twitter");
    Map<String, String> back =
        SandboxConsent.allow(started.uri().toString(), Network.TWITTER, "brand@acme.example");
    HttpResponse<String> linked =
        web.get(
            "/social/callback/twitter?state="
                + WebSession.enc(back.get("state"))
                + "&code="
                + WebSession.enc(back.get("code")));
    assertThat(linked.statusCode()).isEqualTo(200);
    List<List<String>> rows =
        query("SELECT id FROM social_account WHERE network = 'TWITTER' AND status = 'ACTIVE'");
    assertThat(rows).as("the Twitter account linked").hasSize(1);
    return Long.parseLong(rows.get(0).get(0));
  }

  /** The member the balancer's stickiness cookie sends {@code web} to: 1 or 2. */
  public static int member(WebSession web) {
    String cookie = web.cookie("CRMSOCIALMEMBER").orElseThrow();
    return Integer.parseInt(cookie.substring("member".length()));
  }

  /** Adds mentions and DMs of the brand on Twitter, through one member's sandbox controls. */
  public void seed(int member, int items) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(memberUrl(member) + "/sandbox/twitter/_admin/bulk"))
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofMinutes(2))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"items\":" + items + "}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
  }

  /** The sync's persistent EJB timers (Liberty's task table), each its id. */
  public List<List<String>> syncTimers() throws SQLException {
    return query("SELECT id FROM wlptask WHERE iname LIKE '%SyncScheduler%' ORDER BY id");
  }

  /** When the sync timer's last run started (epoch milliseconds; 0 before the first). */
  public long lastRunStarted() throws SQLException {
    List<List<String>> rows =
        query("SELECT COALESCE(MAX(prevstart), 0) FROM wlptask WHERE iname LIKE '%SyncScheduler%'");
    return Long.parseLong(rows.get(0).get(0));
  }

  /**
   * The member whose run of the account took its lease last (1 or 2; 0 when none ran or the member
   * has restarted since): the lease's owner names the server's process.
   */
  public int lastRunBy(long account) throws Exception {
    List<List<String>> rows =
        query("SELECT owner FROM sync_lease WHERE account_id = ? AND owner IS NOT NULL", account);
    if (rows.isEmpty()) {
      return 0;
    }
    String pid = rows.get(0).get(0).substring(0, rows.get(0).get(0).indexOf('@'));
    for (int member = 1; member <= MEMBERS.size(); member++) {
      Path file = root.resolve("target/liberty/wlp/usr/servers/.pid/" + PREFIX + member + ".pid");
      if (Files.exists(file) && Files.readString(file).trim().equals(pid)) {
        return member;
      }
    }
    return 0;
  }

  /**
   * Whether the account holds every item the sandbox has for the brand's synced Twitter streams;
   * asserts that it holds none twice.
   */
  public boolean storedExactlyOnce(long account, String when) throws SQLException {
    Set<String> expected = SyncFixture.sandboxIds(database(), Network.TWITTER);
    List<List<String>> stored =
        query("SELECT external_id FROM social_interaction WHERE account_id = ?", account);
    Set<String> distinct = new HashSet<>();
    stored.forEach(r -> distinct.add(r.get(0)));
    assertThat(stored).as("nothing stored twice, " + when).hasSameSizeAs(distinct);
    return distinct.equals(expected);
  }

  private void run(String... command) throws Exception {
    List<String> line = new ArrayList<>(List.of("bash", "liberty/cluster/cluster.sh"));
    line.addAll(List.of(command));
    ProcessBuilder builder = new ProcessBuilder(line).directory(root.toFile());
    Map<String, String> env = builder.environment();
    env.put("CRMSOCIAL_LB_PORT", String.valueOf(BALANCER));
    env.put(
        "CRMSOCIAL_MEMBER_PORTS", String.join(" ", MEMBERS.stream().map(String::valueOf).toList()));
    env.put("CRMSOCIAL_MEMBER_PREFIX", PREFIX);
    env.put("CRMSOCIAL_CLUSTER_DB", DATABASE);
    env.put("CRMSOCIAL_CLUSTER_STATE", state.toString());
    env.put("CRMSOCIAL_SYNC_INTERVAL", INTERVAL);
    env.put("PG_HOST", pgHost);
    env.put("PG_PORT", String.valueOf(pgPort));
    // The sandbox adds nothing by itself: the test knows every item there is.
    env.put("CRMSOCIAL_SANDBOX_ACTIVITY_INTERVAL", "PT0S");
    env.putAll(settings);
    File log = state.resolve("cluster.log").toFile();
    builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log));
    Process process = builder.start();
    assertThat(process.waitFor(8, TimeUnit.MINUTES)).as("cluster.sh " + line).isTrue();
    assertThat(process.exitValue())
        .as("cluster.sh %s (see %s)", String.join(" ", command), log)
        .isZero();
  }

  private DataSource dataSource(String name) {
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setServerNames(new String[] {pgHost});
    pg.setPortNumbers(new int[] {pgPort});
    pg.setDatabaseName(name);
    pg.setUser(System.getProperty("test.pg.user", "postgres"));
    return pg;
  }
}
