package org.crmsocial.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crmsocial.social.conversation.control.InteractionQueries;
import org.crmsocial.social.conversation.control.RecordKind;
import org.crmsocial.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * A lead's Social Interactions list on PostgreSQL (the production database) with 1,000,000
 * interactions and 100,000 people: the same JPQL as {@code InteractionHistoryService} ({@link
 * InteractionQueries}: visible accounts, count, first page of 10), each call in a fresh
 * EntityManager over EclipseLink's own connection pool, at 1 and 16 concurrent sessions; and the
 * plan PostgreSQL chooses. Run with {@code mvn -B verify -Pbench}; needs the local PostgreSQL
 * ({@code test.pg.url}). Prints BENCH lines; asserts only that the pages hold data.
 */
class SocialInteractionsPostgresBenchmark {

  static final int RUNS = Integer.getInteger("bench.runs", 200);

  @Test
  void firstPageOfALeadsSocialInteractionsOnPostgres() throws Exception {
    try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.POSTGRESQL)) {
      long account;
      String schema;
      try (Connection c = db.dataSource().getConnection()) {
        account = InteractionBenchData.seed(c);
        try (Statement s = c.createStatement()) {
          s.execute("ANALYZE");
        }
        schema = c.getSchema();
        for (long lead :
            List.of(InteractionBenchData.typicalLead(7), InteractionBenchData.BUSY_LEAD)) {
          for (String line : InteractionBenchData.plan(c, "EXPLAIN ANALYZE", lead, account)) {
            System.out.println("BENCH plan postgresql lead " + lead + ": " + line);
          }
        }
      }
      EntityManagerFactory emf = pooled(schema);
      try {
        for (int sessions : new int[] {1, 16}) {
          measure(emf, sessions, false);
          measure(emf, sessions, true);
        }
      } finally {
        emf.close();
      }
    }
  }

  /**
   * The product's persistence unit on the schema, with EclipseLink's connection pool (as a server
   * pools).
   */
  private static EntityManagerFactory pooled(String schema) {
    Map<String, Object> props = new HashMap<>();
    props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    props.put("jakarta.persistence.jtaDataSource", null);
    props.put("jakarta.persistence.nonJtaDataSource", null);
    props.put("jakarta.persistence.jdbc.driver", "org.postgresql.Driver");
    props.put(
        "jakarta.persistence.jdbc.url",
        System.getProperty("test.pg.url", "jdbc:postgresql://127.0.0.1:5432/test")
            + "?currentSchema="
            + schema);
    props.put("jakarta.persistence.jdbc.user", System.getProperty("test.pg.user", "postgres"));
    props.put("jakarta.persistence.jdbc.password", System.getProperty("test.pg.password", ""));
    props.put("eclipselink.connection-pool.default.initial", "20");
    props.put("eclipselink.connection-pool.default.min", "20");
    props.put("eclipselink.connection-pool.default.max", "20");
    props.put("jakarta.persistence.validation.mode", "NONE");
    props.put("eclipselink.target-server", "None");
    props.put("eclipselink.logging.level", "WARNING");
    return Persistence.createEntityManagerFactory("crmsocial", props);
  }

  /** One "request": the service's queries in a fresh EntityManager; milliseconds. */
  private static double firstPage(EntityManagerFactory emf, long lead) {
    long t = System.nanoTime();
    EntityManager em = emf.createEntityManager();
    try {
      // AccountPermissions.accountsShownInHistories: the accounts in use
      List<Long> accounts =
          em.createQuery("SELECT a.id FROM SocialAccount a WHERE a.status IN :statuses", Long.class)
              .setParameter(
                  "statuses",
                  List.of(
                      org.crmsocial.social.settings.entity.AccountStatus.ACTIVE,
                      org.crmsocial.social.settings.entity.AccountStatus.NEEDS_REAUTH))
              .getResultList();
      long count = InteractionQueries.count(em, RecordKind.LEAD, lead, accounts);
      int rows = InteractionQueries.page(em, RecordKind.LEAD, lead, accounts, 0, 10).size();
      assertThat(count).isPositive();
      assertThat(rows).isEqualTo(10);
    } finally {
      em.close();
    }
    return (System.nanoTime() - t) / 1e6;
  }

  private static void measure(EntityManagerFactory emf, int sessions, boolean busy)
      throws Exception {
    for (int i = 0; i < 50; i++) {
      firstPage(emf, busy ? InteractionBenchData.BUSY_LEAD : InteractionBenchData.typicalLead(i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(sessions);
    List<Double> ms = Collections.synchronizedList(new ArrayList<>());
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int s = 0; s < sessions; s++) {
        int session = s;
        running.add(
            pool.submit(
                () -> {
                  for (int r = 0; r < RUNS; r++) {
                    long lead =
                        busy
                            ? InteractionBenchData.BUSY_LEAD
                            : InteractionBenchData.typicalLead(session * RUNS + r);
                    ms.add(firstPage(emf, lead));
                  }
                }));
      }
      for (Future<?> f : running) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    System.out.println(
        InteractionBenchData.figures(
            "postgresql: lead list first page, "
                + (busy ? "busy lead (500 items)" : "typical lead (10 items)")
                + ", "
                + sessions
                + " session(s)",
            new ArrayList<>(ms)));
  }
}
