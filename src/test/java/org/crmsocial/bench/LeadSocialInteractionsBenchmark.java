package org.crmsocial.bench;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.crmsocial.testsupport.Deployments;
import org.crmsocial.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A lead's Social Interactions list in the bench server (embedded H2) with 1,000,000 interactions
 * and 100,000 people: median and p95 of the server time of {@code InteractionHistoryService} (count
 * and first page of 10) for a typical lead (one person, 10 interactions) and a busy one (50 people,
 * 500 interactions), at 1 and 16 concurrent sessions (16 asynchronous EJB calls in flight, each
 * with its own request context), and H2's plan of the page query. Not a test: {@code mvn -B verify
 * -Pbench}; it prints BENCH lines.
 */
@ExtendWith(ArquillianExtension.class)
class LeadSocialInteractionsBenchmark {

  static final int RUNS = Integer.getInteger("bench.runs", 200);

  @Deployment
  static WebArchive deployment() {
    return Deployments.productWarWith(LeadSocialInteractionsBenchmark.class);
  }

  @Resource(lookup = "jdbc/crmsocial")
  DataSource dataSource;

  @EJB TimedInteractions timed;

  /** The bench server's database (DB_KIND): h2 by default, postgresql when started with it. */
  private String database;

  @EJB TestData data;

  @Test
  void firstPageOfALeadsSocialInteractionsOnTheEmbeddedDatabase() throws Exception {
    long account;
    try (Connection c = dataSource.getConnection()) {
      database = InteractionBenchData.database(c);
      account = InteractionBenchData.seed(c);
      for (long lead :
          List.of(InteractionBenchData.typicalLead(7), InteractionBenchData.BUSY_LEAD)) {
        for (String line : InteractionBenchData.plan(c, "EXPLAIN", lead, account)) {
          System.out.println(
              "BENCH plan " + database + " lead " + lead + ": " + line.replace('\n', ' '));
        }
      }
    }
    String email = data.superAdminEmail();
    for (int sessions : new int[] {1, 16}) {
      measure(email, sessions, false);
      measure(email, sessions, true);
    }
    try (Connection c = dataSource.getConnection()) {
      InteractionBenchData.grantAdministratorView(c, account);
    }
    for (int sessions : new int[] {1, 16}) {
      measureSocialTab(email, sessions, account);
    }
  }

  private void measureSocialTab(String email, int sessions, long account) throws Exception {
    time(
        "Social tab first page (1M-item stream), " + sessions + " session(s)",
        sessions,
        n -> timed.socialTabFirstPage(email, account));
  }

  private void measure(String email, int sessions, boolean busy) throws Exception {
    time(
        "lead list first page, "
            + (busy ? "busy lead (500 items)" : "typical lead (10 items)")
            + ", "
            + sessions
            + " session(s)",
        sessions,
        n -> timed.firstPage(email, lead(busy, n)));
  }

  /** One timed call; {@code n} numbers the calls, so that each can ask for another record. */
  @FunctionalInterface
  private interface Call {
    Future<Long> start(int n);
  }

  /**
   * 50 calls to warm up, then rounds of {@code sessions} calls in flight at once; prints the
   * figures and the garbage collections meanwhile.
   */
  private void time(String what, int sessions, Call call) throws Exception {
    for (int i = 0; i < 50; i++) {
      call.start(i).get();
    }
    List<Double> ms = new ArrayList<>();
    GcWatch gc = GcWatch.start();
    int rounds = sessions == 1 ? RUNS : Math.max(1, RUNS / 4);
    for (int round = 0; round < rounds; round++) {
      List<Future<Long>> inFlight = new ArrayList<>();
      for (int s = 0; s < sessions; s++) {
        inFlight.add(call.start(round * sessions + s));
      }
      for (Future<Long> f : inFlight) {
        ms.add(f.get() / 1e6);
      }
    }
    System.out.println(InteractionBenchData.figures(database + " (bench server): " + what, ms));
    System.out.println(gc.since());
  }

  private static long lead(boolean busy, int n) {
    return busy ? InteractionBenchData.BUSY_LEAD : InteractionBenchData.typicalLead(n);
  }
}
