package org.crmsocial.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.crmsocial.it.settings.SandboxConsent;
import org.crmsocial.social.provider.control.ClientSettings;
import org.crmsocial.social.provider.control.FacebookClient;
import org.crmsocial.social.provider.model.AuthorizationRequest;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 4's figures: a bulk seed of 1,000,000 interactions through the sandbox's own bulk endpoint
 * ({@code POST /sandbox/facebook/_admin/bulk {"items":1000000}}), then requests per second of the
 * sandbox's Facebook page feed at 16 concurrent clients, plain ({@code limit=25}) and with the
 * field expansion the product's client asks for. Not a test: run with {@code mvn -B verify
 * -Pbench}; it prints BENCH lines and asserts only that the answers were good.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SandboxFeedBenchmark {

  static final int SEED_ITEMS = Integer.getInteger("bench.seed.items", 1_000_000);
  static final int CLIENTS = Integer.getInteger("bench.clients", 16);
  static final Duration WARMUP = Duration.ofSeconds(Integer.getInteger("bench.warmup.seconds", 5));
  static final Duration RUN = Duration.ofSeconds(Integer.getInteger("bench.run.seconds", 20));
  static final String PAGE = "1049";

  /** The fields {@code FacebookClient} asks for when it reads a page feed. */
  static final String EXPANDED_FIELDS =
      "id,message,story,created_time,from,permalink_url,"
          + "attachments{type,title,description,url,media},"
          + "comments.summary(true){id,message,created_time,from,attachment},likes.summary(true)";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.productWar();
  }

  @ArquillianResource URL base;

  private String root() {
    return base.toString().replaceAll("/+$", "");
  }

  @Test
  @Order(1)
  void bulkSeedOfAMillionInteractions() throws Exception {
    String body = "{\"items\":" + SEED_ITEMS + "}";
    long started = System.nanoTime();
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(root() + "/sandbox/facebook/_admin/bulk"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .timeout(Duration.ofMinutes(15))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.body()).contains("\"items\":" + SEED_ITEMS);
    System.out.printf(
        "BENCH sandbox bulk seed facebook items=%d wall=%.1f s (server reports %s)%n",
        SEED_ITEMS, millis / 1000.0, r.body());
  }

  @Test
  @Order(2)
  void feedRequestsPerSecondAt16Clients() throws Exception {
    String token = pageToken();
    String plain = root() + "/sandbox/facebook/graph/v25.0/" + PAGE + "/feed?limit=25";
    String expanded =
        plain + "&fields=" + URLEncoder.encode(EXPANDED_FIELDS, StandardCharsets.UTF_8);
    measure("plain limit=25", plain, token);
    measure("full field expansion limit=25", expanded, token);
  }

  /**
   * Runs {@link #CLIENTS} clients on {@code url} for the warm-up, then counts answers for {@link
   * #RUN}.
   */
  private void measure(String label, String url, String token) throws Exception {
    run(url, token, WARMUP);
    long[] counts = run(url, token, RUN);
    double perSecond = counts[0] / (RUN.toMillis() / 1000.0);
    System.out.printf(
        "BENCH sandbox feed %s: clients=%d seconds=%d ok=%d failed=%d -> %.0f req/s%n",
        label, CLIENTS, RUN.toSeconds(), counts[0], counts[1], perSecond);
    assertThat(counts[1]).as(label + ": failed answers").isZero();
    assertThat(counts[0]).as(label + ": answers").isPositive();
  }

  /**
   * {ok, failed} answers of {@link #CLIENTS} clients, each its own HTTP/1.1 connection, for {@code
   * length}.
   */
  private long[] run(String url, String token, Duration length) throws Exception {
    AtomicLong ok = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    long end = System.nanoTime() + length.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<?>> clients = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        clients.add(
            pool.submit(
                () -> {
                  HttpClient http =
                      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                  HttpRequest request =
                      HttpRequest.newBuilder(URI.create(url))
                          .header("Authorization", "Bearer " + token)
                          .timeout(Duration.ofSeconds(30))
                          .build();
                  while (System.nanoTime() < end) {
                    HttpResponse<String> r =
                        http.send(request, HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200 && r.body().contains("\"data\":[{")) {
                      ok.incrementAndGet();
                    } else {
                      failed.incrementAndGet();
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> client : clients) {
        client.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return new long[] {ok.get(), failed.get()};
  }

  /** The Acme Japan page token, through the product's Facebook client and the sandbox's dialog. */
  private String pageToken() {
    String sandbox = root() + "/sandbox/facebook";
    FacebookClient facebook =
        new FacebookClient(
            ClientSettings.facebook(
                sandbox + "/www/v25.0/dialog/oauth",
                sandbox + "/graph/v25.0",
                "crm-social-sandbox-facebook",
                "sandbox-secret",
                Duration.ofSeconds(5),
                Duration.ofSeconds(60)));
    AuthorizationRequest started =
        facebook.authorize("bench-" + UUID.randomUUID(), root() + "/social/callback/facebook");
    Map<String, String> back =
        SandboxConsent.allow(started.url(), Network.FACEBOOK, "brand@acme.example");
    String user = facebook.exchange(back.get("code"), started).accessToken();
    return facebook.pages(user).stream()
        .filter(p -> p.id().equals(PAGE))
        .findFirst()
        .orElseThrow()
        .accessToken();
  }
}
