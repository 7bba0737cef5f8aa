package org.crmsocial.sandbox.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crmsocial.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sandbox networks' APIs over real HTTP: paging without duplicates, writes visible in later
 * reads, each injected fault as its network sends it, Twitter's own rate window, unknown ids, the
 * admin expiry of tokens and a small bulk seed.
 */
@ExtendWith(ArquillianExtension.class)
class SandboxApiIT {

  private static final String FIELDS =
      "tweet.fields=created_at,author_id,conversation_id,in_reply_to_user_id,referenced_tweets,"
          + "public_metrics&expansions=author_id&user.fields=name,username,profile_image_url";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.productWar();
  }

  @ArquillianResource URL base;

  SandboxHttp http;

  @BeforeEach
  void client() {
    http = new SandboxHttp(base);
    for (String n : List.of("facebook", "twitter", "google")) {
      http.json("DELETE", n + "/_admin/faults", null, null);
    }
  }

  @Test
  void facebookFeedPagesWithoutDuplicatesAndShowsANewPost() {
    String page =
        http.facebookPageToken(http.facebookLongToken("brand@acme.example", allFacebook()));
    HttpResponse<String> posted =
        http.form(
            "facebook/graph/v25.0/1049/feed",
            java.util.Map.of("message", "IT post " + System.nanoTime(), "access_token", page),
            null);
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
    String newId = SandboxHttp.parse(posted).getString("id");
    assertThat(newId).startsWith("1049_");

    String path =
        "facebook/graph/v25.0/1049/feed?fields=id,message,created_time,from,permalink_url,"
            + "comments.summary(true)%7Bid,message,created_time,from%7D,likes.summary(true)&limit=7";
    Set<String> seen = new HashSet<>();
    List<String> order = new ArrayList<>();
    String next = http.sandbox + path;
    int pages = 0;
    while (next != null && pages < 200) {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(next))
                  .header("Authorization", "Bearer " + page)
                  .build());
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      assertThat(r.headers().firstValue("X-App-Usage")).isPresent();
      JsonObject body = SandboxHttp.parse(r);
      for (JsonValue v : body.getJsonArray("data")) {
        JsonObject post = v.asJsonObject();
        assertThat(seen.add(post.getString("id"))).as("duplicate " + post.getString("id")).isTrue();
        order.add(post.getString("id"));
        assertThat(post.getJsonObject("comments").getJsonObject("summary").getString("order"))
            .isEqualTo("chronological");
      }
      JsonObject paging = body.getJsonObject("paging");
      next = paging == null || !paging.containsKey("next") ? null : paging.getString("next");
      pages++;
    }
    assertThat(pages).isGreaterThan(1);
    assertThat(order.get(0)).isEqualTo(newId);

    String commentId =
        SandboxHttp.parse(
                http.form(
                    "facebook/graph/v25.0/" + newId + "/comments",
                    java.util.Map.of("message", "コメント", "access_token", page),
                    null))
            .getString("id");
    JsonObject comments =
        SandboxHttp.parse(
            http.get("facebook/graph/v25.0/" + newId + "/comments?summary=true", page));
    assertThat(comments.getJsonArray("data").getJsonObject(0).getString("id")).isEqualTo(commentId);
    assertThat(comments.getJsonObject("summary").getInt("total_count")).isEqualTo(1);
  }

  @Test
  void facebookErrorsForNoTokenUnknownIdsAndExpiredTokens() {
    HttpResponse<String> none = http.get("facebook/graph/v25.0/me", null);
    assertThat(none.statusCode()).isEqualTo(400);
    assertThat(SandboxHttp.parse(none).getJsonObject("error").getInt("code")).isEqualTo(2500);

    String user = http.facebookLongToken("brand@acme.example", allFacebook());
    HttpResponse<String> unknown = http.get("facebook/graph/v25.0/98765432/feed", user);
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(SandboxHttp.parse(unknown).getJsonObject("error").getInt("code")).isEqualTo(100);
    HttpResponse<String> alias = http.get("facebook/graph/v25.0/nosuchpage/feed", user);
    assertThat(SandboxHttp.parse(alias).getJsonObject("error").getInt("code")).isEqualTo(803);

    HttpResponse<String> expire =
        http.json("POST", "facebook/_admin/tokens/expire", "{\"token\":\"" + user + "\"}", null);
    assertThat(SandboxHttp.parse(expire).getInt("expired")).isEqualTo(1);
    JsonObject error =
        SandboxHttp.parse(http.get("facebook/graph/v25.0/me", user)).getJsonObject("error");
    assertThat(error.getInt("code")).isEqualTo(190);
    assertThat(error.getInt("error_subcode")).isEqualTo(463);
    assertThat(error.getString("message"))
        .startsWith("Error validating access token: Session has expired on");
  }

  @Test
  void eachFaultKindAnswersAsItsNetworkDoes() {
    String fb = http.facebookLongToken("brand@acme.example", allFacebook());
    String tw = http.twitterTokens("acme_jp").getString("access_token");
    String g = http.googleTokens("brand@acme.example").getString("access_token");

    fault("facebook", "HTTP_500");
    HttpResponse<String> r = http.get("facebook/graph/v25.0/me", fb);
    assertThat(r.statusCode()).isEqualTo(500);
    assertThat(SandboxHttp.parse(r).getJsonObject("error").getInt("code")).isEqualTo(2);
    fault("facebook", "RATE_LIMIT");
    r = http.get("facebook/graph/v25.0/me", fb);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(SandboxHttp.parse(r).getJsonObject("error").getInt("code")).isEqualTo(32);
    fault("facebook", "TOKEN_EXPIRED");
    r = http.get("facebook/graph/v25.0/me", fb);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(SandboxHttp.parse(r).getJsonObject("error").getInt("error_subcode")).isEqualTo(463);
    assertThat(http.get("facebook/graph/v25.0/me", fb).statusCode()).isEqualTo(200);

    fault("twitter", "HTTP_500");
    assertThat(http.get("twitter/api/2/users/me", tw).statusCode()).isEqualTo(500);
    fault("twitter", "RATE_LIMIT");
    r = http.get("twitter/api/2/users/me", tw);
    assertThat(r.statusCode()).isEqualTo(429);
    assertThat(r.headers().firstValue("x-rate-limit-remaining")).hasValue("0");
    assertThat(r.headers().firstValue("x-rate-limit-reset")).isPresent();
    fault("twitter", "TOKEN_EXPIRED");
    r = http.get("twitter/api/2/users/me", tw);
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(SandboxHttp.parse(r).getString("title")).isEqualTo("Unauthorized");

    fault("google", "HTTP_500");
    r = http.get("google/apis/plus/v1/people/me", g);
    assertThat(r.statusCode()).isEqualTo(500);
    assertThat(r.body()).contains("backendError");
    fault("google", "RATE_LIMIT");
    r = http.get("google/apis/plus/v1/people/me", g);
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.body()).contains("\"domain\":\"usageLimits\"").contains("rateLimitExceeded");
    fault("google", "TOKEN_EXPIRED");
    r = http.get("google/apis/plus/v1/people/me", g);
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.body()).contains("authError");

    // OAuth pages are never faulted
    fault("google", "HTTP_500");
    assertThat(
            http.get(
                    "google/accounts/o/oauth2/v2/auth"
                        + SandboxHttp.query(
                            http.googleParams(SandboxHttp.challenge(SandboxHttp.verifier()))),
                    null)
                .statusCode())
        .isEqualTo(200);
    http.json("DELETE", "google/_admin/faults", null, null);
  }

  @Test
  void timeoutFaultHoldsTheResponsePastTheClientsReadTimeout() {
    String tw = http.twitterTokens("acme_jp").getString("access_token");
    fault("twitter", "TIMEOUT");
    long started = System.nanoTime();
    assertThatThrownBy(
            () ->
                http.http.send(
                    HttpRequest.newBuilder(URI.create(http.sandbox + "twitter/api/2/users/me"))
                        .header("Authorization", "Bearer " + tw)
                        .timeout(Duration.ofSeconds(2))
                        .build(),
                    HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(HttpTimeoutException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void twitterPagesMentionsWithoutDuplicatesAndShowsANewReply() {
    JsonObject tokens = http.twitterTokens("acme_jp");
    String tw = tokens.getString("access_token");
    http.json("POST", "twitter/_admin/activity", "{\"count\":20}", null);

    Set<String> seen = new HashSet<>();
    String next = null;
    String newest = null;
    int pages = 0;
    do {
      String path =
          "twitter/api/2/users/2244994945/mentions?max_results=5&"
              + FIELDS
              + (next == null ? "" : "&pagination_token=" + next);
      HttpResponse<String> r = http.get(path, tw);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      assertThat(r.headers().firstValue("x-rate-limit-limit")).isPresent();
      JsonObject body = SandboxHttp.parse(r);
      JsonObject meta = body.getJsonObject("meta");
      if (meta.getInt("result_count") == 0) {
        assertThat(body.containsKey("data")).isFalse();
        break;
      }
      for (JsonValue v : body.getJsonArray("data")) {
        assertThat(seen.add(v.asJsonObject().getString("id"))).isTrue();
      }
      if (newest == null) {
        newest = meta.getString("newest_id");
      }
      next = meta.containsKey("next_token") ? meta.getString("next_token") : null;
      pages++;
    } while (next != null && pages < 100);
    assertThat(seen).hasSizeGreaterThan(5);

    // nothing newer yet: the empty page
    JsonObject empty =
        SandboxHttp.parse(
            http.get("twitter/api/2/users/2244994945/mentions?since_id=" + Long.MAX_VALUE / 2, tw));
    assertThat(empty.toString()).isEqualTo("{\"meta\":{\"result_count\":0}}");

    String text = "@jiro_s ご連絡ありがとうございます " + System.nanoTime();
    HttpResponse<String> created =
        http.json(
            "POST",
            "twitter/api/2/tweets",
            "{\"text\":\"" + text + "\",\"reply\":{\"in_reply_to_tweet_id\":\"" + newest + "\"}}",
            tw);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = SandboxHttp.parse(created).getJsonObject("data").getString("id");
    JsonObject own =
        SandboxHttp.parse(
            http.get(
                "twitter/api/2/users/2244994945/tweets?since_id=" + newest + "&" + FIELDS, tw));
    assertThat(own.getJsonArray("data").getJsonObject(0).getString("id")).isEqualTo(id);
    assertThat(
            own.getJsonArray("data").getJsonObject(0).getJsonArray("referenced_tweets").toString())
        .contains(newest);

    HttpResponse<String> duplicate =
        http.json("POST", "twitter/api/2/tweets", "{\"text\":\"" + text + "\"}", tw);
    assertThat(duplicate.statusCode()).isEqualTo(403);

    JsonObject unknown = SandboxHttp.parse(http.get("twitter/api/2/users/by/username/nobody", tw));
    assertThat(unknown.getJsonArray("errors").getJsonObject(0).getString("type"))
        .isEqualTo("https://api.twitter.com/2/problems/resource-not-found");
  }

  @Test
  void twitterAnswers429OnceTheTokensWindowIsUsedUp() {
    String tw = http.twitterTokens("acme_jp").getString("access_token");
    HttpResponse<String> r = null;
    for (int i = 0; i < 76; i++) {
      r = http.get("twitter/api/2/users/me", tw);
      if (i < 75) {
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("x-rate-limit-remaining"))
            .hasValue(String.valueOf(74 - i));
      }
    }
    assertThat(r.statusCode()).isEqualTo(429);
    assertThat(r.headers().firstValue("x-rate-limit-limit")).hasValue("75");
    assertThat(SandboxHttp.parse(r).getString("title")).isEqualTo("Too Many Requests");
  }

  @Test
  void googlePagesActivitiesWithoutDuplicatesAndShowsANewComment() {
    String g = http.googleTokens("brand@acme.example").getString("access_token");
    HttpResponse<String> posted =
        http.json(
            "POST",
            "google/apis/plusPages/v2/people/1065/activities?onBehalfOf=1065",
            "{\"object\":{\"originalContent\":\"新店舗オープン\"},\"access\":{\"items\":[{\"type\":\"public\"}]}}",
            g);
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
    String activity = SandboxHttp.parse(posted).getString("id");

    Set<String> seen = new HashSet<>();
    String token = null;
    int pages = 0;
    do {
      JsonObject feed =
          SandboxHttp.parse(
              http.get(
                  "google/apis/plusPages/v2/people/1065/activities/public?onBehalfOf=1065&maxResults=5"
                      + (token == null ? "" : "&pageToken=" + token),
                  g));
      if (pages == 0) {
        assertThat(feed.getJsonArray("items").getJsonObject(0).getString("id")).isEqualTo(activity);
      }
      for (JsonValue v : feed.getJsonArray("items")) {
        assertThat(seen.add(v.asJsonObject().getString("id"))).isTrue();
      }
      token = feed.containsKey("nextPageToken") ? feed.getString("nextPageToken") : null;
      pages++;
    } while (token != null && pages < 200);
    assertThat(pages).isGreaterThan(1);

    HttpResponse<String> comment =
        http.json(
            "POST",
            "google/apis/plusPages/v2/activities/" + activity + "/comments?onBehalfOf=1065",
            "{\"object\":{\"originalContent\":\"ありがとうございます\"}}",
            g);
    assertThat(comment.statusCode()).isEqualTo(200);
    JsonObject comments =
        SandboxHttp.parse(
            http.get(
                "google/apis/plusPages/v2/activities/" + activity + "/comments?onBehalfOf=1065",
                g));
    assertThat(comments.getJsonArray("items").getJsonObject(0).getString("id"))
        .isEqualTo(SandboxHttp.parse(comment).getString("id"));

    HttpResponse<String> missing =
        http.get("google/apis/plusPages/v2/activities/z12zzzzzzzz/comments?onBehalfOf=1065", g);
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("\"reason\":\"notFound\"");
  }

  @Test
  void bulkSeedsItemsThatTheFeedServes() {
    HttpResponse<String> r = http.json("POST", "google/_admin/bulk", "{\"items\":2500}", null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(SandboxHttp.parse(r).getInt("items")).isEqualTo(2500);
    String g = http.googleTokens("brand@acme.example").getString("access_token");
    JsonObject feed =
        SandboxHttp.parse(
            http.get("google/apis/plusPages/v2/people/1065/activities/public?maxResults=100", g));
    assertThat(feed.getJsonArray("items")).hasSize(100);
    assertThat(feed.getString("nextPageToken")).startsWith("CAIQ");
  }

  private void fault(String network, String kind) {
    HttpResponse<String> r =
        http.json(
            "POST", network + "/_admin/faults", "{\"kind\":\"" + kind + "\",\"count\":1}", null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
  }

  private static String[] allFacebook() {
    return SandboxHttp.FACEBOOK_SCOPES.split(",");
  }
}
