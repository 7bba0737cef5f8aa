package org.crmsocial.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.crmsocial.crm.control.LeadService;
import org.crmsocial.platform.control.PageRequest;
import org.crmsocial.testsupport.Deployments;
import org.crmsocial.testsupport.TestCurrentUser;
import org.crmsocial.testsupport.TestData;
import org.crmsocial.testsupport.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The lead list with 100,000 leads (issue 3's figure): median and p95 of the service time for the
 * first page and for sorted pages, and of the whole page as the browser gets it (sign-in session,
 * full render of the first page, and a PrimeFaces ajax sort). Not a test: run with {@code mvn -B
 * verify -Pbench}; it prints its figures and asserts only that the pages hold data.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LeadListBenchmark {

  static final int LEADS = Integer.getInteger("bench.leads", 100_000);
  static final int RUNS = Integer.getInteger("bench.runs", 200);
  static final int WARMUP = 30;

  @Deployment
  static WebArchive deployment() {
    return Deployments.productWarWith(LeadListBenchmark.class);
  }

  @Resource(lookup = "jdbc/crmsocial")
  DataSource dataSource;

  @EJB LeadService leads;
  @EJB TestData data;
  @Inject TestCurrentUser as;

  @ArquillianResource URL base;

  @Test
  @Order(1)
  void seedAndMeasureTheService() throws Exception {
    seed();
    as.signInAs(data.superAdminEmail());
    assertThat(leads.count("")).isGreaterThanOrEqualTo(LEADS);
    report(
        "service: count + first page (newest first)",
        () -> {
          leads.count("");
          return leads.page(new PageRequest(0, 25, null, true, "")).size();
        });
    report(
        "service: count + first page sorted by name",
        () -> {
          leads.count("");
          return leads.page(new PageRequest(0, 25, "lastName", true, "")).size();
        });
    report(
        "service: count + first page sorted by company, descending",
        () -> {
          leads.count("");
          return leads.page(new PageRequest(0, 25, "company", false, "")).size();
        });
    report(
        "service: count + page 2,000 sorted by email",
        () -> {
          leads.count("");
          return leads.page(new PageRequest(50_000, 25, "email", true, "")).size();
        });
    report(
        "service: search prefix + first page",
        () -> {
          leads.count("Bench-0042");
          return leads.page(new PageRequest(0, 25, "lastName", true, "Bench-0042")).size();
        });
  }

  /** Inserts the missing leads with JDBC batches (ids far above the sequence's range). */
  private void seed() throws Exception {
    try (Connection c = dataSource.getConnection()) {
      long have;
      try (ResultSet rs =
          c.createStatement().executeQuery("SELECT COUNT(*) FROM lead WHERE id >= 100000000")) {
        rs.next();
        have = rs.getLong(1);
      }
      long start = System.nanoTime();
      String[] companies = {
        "Sakura Trading", "Fuji Systems", "Northwind", "Contoso", "Kaizen Works", "Blue Ocean"
      };
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO lead (id, first_name, last_name, company, email, phone, status, source, created_at, updated_at, version)"
                  + " VALUES (?, ?, ?, ?, ?, ?, 'NEW', 'IMPORT', ?, ?, 1)")) {
        Timestamp now = Timestamp.from(Instant.now());
        for (long i = have; i < LEADS; i++) {
          ps.setLong(1, 100_000_000L + i);
          ps.setString(2, "Taro");
          ps.setString(3, String.format(Locale.ROOT, "Bench-%06d", (i * 7919) % LEADS));
          ps.setString(4, companies[(int) (i % companies.length)]);
          ps.setString(5, "lead" + i + "@bench.example");
          ps.setString(6, "+81 3 0000 0000");
          Timestamp at = new Timestamp(now.getTime() - i * 1000);
          ps.setTimestamp(7, at);
          ps.setTimestamp(8, at);
          ps.addBatch();
          if (i % 1000 == 999) {
            ps.executeBatch();
          }
        }
        ps.executeBatch();
      }
      System.out.println(
          String.format(
              Locale.ROOT,
              "BENCH seed: %d leads present, %d inserted in %.1f s",
              LEADS,
              LEADS - have,
              (System.nanoTime() - start) / 1e9));
    }
  }

  @Test
  @Order(2)
  @RunAsClient
  void measureThePagesOverHttp() {
    WebSession web = new WebSession(base.toString());
    assertThat(web.signIn("admin@crmsocial.example", "demo-password-1").body())
        .doesNotContain("not correct");
    report(
        "http: GET the lead list (first page, full render)",
        () -> web.get("/app/leads/index.xhtml").body().length());
    String list = web.get("/app/leads/index.xhtml").body();
    assertThat(list).contains("Bench-");
    String state = WebSession.viewState(list);
    report(
        "http: ajax sort by name",
        () -> {
          String body =
              "jakarta.faces.partial.ajax=true&jakarta.faces.source=list-form%3Arecords"
                  + "&jakarta.faces.partial.execute=list-form%3Arecords&jakarta.faces.partial.render=list-form%3Arecords"
                  + "&jakarta.faces.behavior.event=sort&jakarta.faces.partial.event=sort"
                  + "&list-form%3Arecords_sorting=true&list-form%3Arecords_skipChildren=true"
                  + "&list-form%3Arecords_sortKey=list-form%3Arecords%3Acol-name&list-form%3Arecords_sortDir=1"
                  + "&list-form%3Arecords_encodeFeature=true&list-form=list-form"
                  + "&jakarta.faces.ViewState="
                  + WebSession.enc(state);
          String answer =
              web.post("/app/leads/index.xhtml", body, "Faces-Request", "partial/ajax").body();
          if (!answer.contains("Bench-000000")) {
            throw new IllegalStateException(
                "the sort did not answer the first name: "
                    + answer.substring(0, Math.min(300, answer.length())));
          }
          return answer.length();
        });
  }

  private static void report(String what, Supplier<Integer> call) {
    for (int i = 0; i < WARMUP; i++) {
      call.get();
    }
    List<Double> ms = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      long t = System.nanoTime();
      assertThat(call.get()).isGreaterThan(0);
      ms.add((System.nanoTime() - t) / 1e6);
    }
    Collections.sort(ms);
    System.out.println(
        String.format(
            Locale.ROOT,
            "BENCH %-58s median %7.2f ms  p95 %7.2f ms  max %7.2f ms  (%d runs, %d leads)",
            what,
            ms.get(ms.size() / 2),
            ms.get((int) Math.ceil(ms.size() * 0.95) - 1),
            ms.get(ms.size() - 1),
            RUNS,
            LEADS));
  }
}
