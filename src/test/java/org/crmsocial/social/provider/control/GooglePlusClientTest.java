package org.crmsocial.social.provider.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.crmsocial.social.provider.model.AuthorizationRequest;
import org.crmsocial.social.provider.model.ItemKind;
import org.crmsocial.social.provider.model.NetworkItem;
import org.crmsocial.social.provider.model.NetworkStream;
import org.crmsocial.social.provider.model.ProviderException;
import org.crmsocial.social.provider.model.StreamPage;
import org.crmsocial.social.provider.model.StreamQuery;
import org.crmsocial.social.provider.model.TokenGrant;
import org.crmsocial.social.provider.model.WriteCommand;
import org.crmsocial.social.provider.model.WriteKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GooglePlusClientTest {

  static final Instant NOW = Instant.parse("2026-11-21T00:00:00Z");
  static final String TOKEN = "ya29-access";
  static final String PAGE = "1065";

  FakeNetwork net;
  GooglePlusClient client;

  @BeforeEach
  void start() {
    net = FakeNetwork.start();
    client =
        new GooglePlusClient(
            Fixtures.google(net, Duration.ofSeconds(5)), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @AfterEach
  void stop() {
    net.close();
  }

  @Test
  void authorizationUrlAsksForOfflineAccessWithPkce() throws Exception {
    AuthorizationRequest request =
        client.authorize("st-g", "http://crm.local/social/callback/googleplus");

    URI url = URI.create(request.url());
    assertThat(url.getPath()).isEqualTo("/o/oauth2/v2/auth");
    var query = FakeNetwork.decode(url.getRawQuery());
    assertThat(query.get("client_id")).containsExactly("g-app");
    assertThat(query.get("redirect_uri"))
        .containsExactly("http://crm.local/social/callback/googleplus");
    assertThat(query.get("response_type")).containsExactly("code");
    assertThat(query.get("scope")).containsExactly(GoogleOAuthApi.SCOPE);
    assertThat(query.get("state")).containsExactly("st-g");
    assertThat(query.get("access_type")).containsExactly("offline");
    assertThat(query.get("prompt")).containsExactly("consent");
    assertThat(query.get("code_challenge_method")).containsExactly("S256");
    assertThat(query.get("code_challenge"))
        .containsExactly(TwitterClientTest.s256(request.codeVerifier()));
  }

  @Test
  void exchangeSendsTheClientCredentialsAndVerifierInTheForm() {
    net.onFixture("POST", "/oauth2/token", 200, "google/token.json");
    AuthorizationRequest started =
        client.authorize("st", "http://crm.local/social/callback/googleplus");

    TokenGrant grant = client.exchange("4/0Ab-code", started);

    var sent = net.last();
    assertThat(sent.form("code")).isEqualTo("4/0Ab-code");
    assertThat(sent.form("client_id")).isEqualTo("g-app");
    assertThat(sent.form("client_secret")).isEqualTo("g-secret-value");
    assertThat(sent.form("redirect_uri")).isEqualTo("http://crm.local/social/callback/googleplus");
    assertThat(sent.form("grant_type")).isEqualTo("authorization_code");
    assertThat(sent.form("code_verifier")).isEqualTo(started.codeVerifier());
    assertThat(sent.header("Authorization")).isNull();
    assertThat(grant.accessToken()).isEqualTo("ya29.a0…");
    assertThat(grant.refreshToken()).isEqualTo("1//0g…");
    assertThat(grant.expiresAt()).isEqualTo(NOW.plusSeconds(3599));
  }

  @Test
  void invalidGrantIsABadRequestOnExchangeAndReauthorizeOnRefresh() {
    net.onFixture("POST", "/oauth2/token", 400, "google/error-invalid-grant.json");

    assertThatThrownBy(
            () -> client.exchange("4/0Ab-code", client.authorize("st", "http://crm.local/cb")))
        .isInstanceOf(ProviderException.BadRequest.class)
        .hasMessageContaining("invalid_grant");
    assertThatThrownBy(() -> client.refresh("1//0g-refresh"))
        .isInstanceOf(ProviderException.TokenExpired.class);
  }

  @Test
  void refreshKeepsTheRefreshTokenWhenGoogleSendsNoNewOne() {
    net.on(
        "POST",
        "/oauth2/token",
        200,
        "{\"access_token\":\"ya29.new\",\"expires_in\":3599,\"scope\":\"…\",\"token_type\":\"Bearer\"}");

    TokenGrant grant = client.refresh("1//0g-refresh");

    assertThat(net.last().form("grant_type")).isEqualTo("refresh_token");
    assertThat(net.last().form("refresh_token")).isEqualTo("1//0g-refresh");
    assertThat(grant.accessToken()).isEqualTo("ya29.new");
    assertThat(grant.refreshToken()).isEqualTo("1//0g-refresh");
  }

  @Test
  void revokeUsesTheRevokeEndpointWithTheTokenInTheQuery() {
    net.on("POST", "/oauth2/revoke", 200, "{}");

    client.revoke(TOKEN, "1//0g-refresh");

    assertThat(net.last().path()).isEqualTo("/oauth2/revoke");
    assertThat(net.last().query("token")).isEqualTo("1//0g-refresh");
  }

  @Test
  void revokingAnAlreadyInvalidTokenSucceeds() {
    net.on(
        "POST",
        "/oauth2/revoke",
        400,
        "{\"error\":\"invalid_token\",\"error_description\":\"Token expired or revoked\"}");

    client.revoke(TOKEN, null);

    assertThat(net.last().query("token")).isEqualTo(TOKEN);
  }

  @Test
  void identityOfTheSignedInPerson() {
    net.onFixture("GET", "/plus/v1/people/me", 200, "google/me.json");

    var me = client.identity(TOKEN);

    assertThat(me.id()).isEqualTo("1177");
    assertThat(me.displayName()).isEqualTo("Hanako Sato");
    assertThat(me.avatarUrl()).isEqualTo("https://lh3.googleusercontent.com/…/photo.jpg");
    assertThat(me.profileUrl()).isEqualTo("https://plus.google.com/1177");
    assertThat(net.last().header("Authorization")).isEqualTo("Bearer " + TOKEN);
  }

  @Test
  void pagesTheAccountManages() {
    net.onFixture("GET", "/plusPages/v2/people/me/people/pages", 200, "google/pages.json");

    assertThat(client.pages(TOKEN))
        .singleElement()
        .satisfies(
            page -> {
              assertThat(page.id()).isEqualTo("1065");
              assertThat(page.name()).isEqualTo("Acme Japan");
              assertThat(page.accessToken()).isNull();
              assertThat(page.url()).isEqualTo("https://plus.google.com/1065");
            });
  }

  @Test
  void noPageIsAnEmptyList() {
    net.on(
        "GET",
        "/plusPages/v2/people/me/people/pages",
        200,
        "{\"kind\":\"plus#peopleFeed\",\"totalItems\":0,\"items\":[]}");

    assertThat(client.pages(TOKEN)).isEmpty();
  }

  @Test
  void pageActivitiesWithCountsAndPageToken() {
    net.onFixture(
        "GET", "/plusPages/v2/people/1065/activities/public", 200, "google/activities.json");

    StreamPage<NetworkItem> page =
        client.read(
            StreamQuery.of(NetworkStream.GOOGLE_PAGE_ACTIVITIES, TOKEN, PAGE)
                .withCursor("CAIQ-prev"));

    NetworkItem activity = page.items().get(0);
    assertThat(activity.externalId()).isEqualTo("z12abc");
    assertThat(activity.kind()).isEqualTo(ItemKind.POST);
    assertThat(activity.text()).isEqualTo("新店舗オープン");
    assertThat(activity.createdAt()).isEqualTo(Instant.parse("2026-11-21T05:00:00Z"));
    assertThat(activity.author().id()).isEqualTo("1065");
    assertThat(activity.permalink()).isEqualTo("https://plus.google.com/1065/posts/abc");
    assertThat(activity.counts().likes()).isEqualTo(5);
    assertThat(activity.counts().replies()).isEqualTo(2);
    assertThat(activity.counts().shares()).isZero();
    assertThat(page.nextCursor()).isEqualTo("CAIQ…");

    var sent = net.last();
    assertThat(sent.query("onBehalfOf")).isEqualTo(PAGE);
    assertThat(sent.query("maxResults")).isEqualTo("20");
    assertThat(sent.query("pageToken")).isEqualTo("CAIQ-prev");
  }

  @Test
  void theLastPageHasNoNextPageToken() {
    net.on(
        "GET",
        "/plusPages/v2/people/1065/activities/public",
        200,
        Fixtures.read("google/activities.json").replace("\"nextPageToken\":\"CAIQ…\",", ""));

    assertThat(
            client
                .read(StreamQuery.of(NetworkStream.GOOGLE_PAGE_ACTIVITIES, TOKEN, PAGE))
                .nextCursor())
        .isNull();
    assertThat(net.last().query("pageToken")).isNull();
  }

  @Test
  void commentsOfAnActivity() {
    net.onFixture("GET", "/plusPages/v2/activities/z12abc/comments", 200, "google/comments.json");

    StreamPage<NetworkItem> page =
        client.read(
            StreamQuery.of(NetworkStream.GOOGLE_ACTIVITY_COMMENTS, TOKEN, PAGE)
                .withSubject("z12abc"));

    assertThat(page.items())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.externalId()).isEqualTo("z13c");
              assertThat(c.kind()).isEqualTo(ItemKind.COMMENT);
              assertThat(c.parentId()).isEqualTo("z12abc");
              assertThat(c.author().displayName()).isEqualTo("Ken Ito");
              assertThat(c.text()).isEqualTo("おめでとうございます");
            });
    assertThat(page.nextCursor()).isEqualTo("…");
    assertThat(net.last().query("onBehalfOf")).isEqualTo(PAGE);
  }

  @Test
  void postAndComment() {
    String activity = Fixtures.read("google/activities.json");
    String created =
        activity.substring(
            activity.indexOf("{\"kind\":\"plus#activity\""), activity.lastIndexOf("]"));
    String comments = Fixtures.read("google/comments.json");
    String comment =
        comments.substring(
            comments.indexOf("{\"kind\":\"plus#comment\""), comments.lastIndexOf("]"));
    net.on("POST", "/plusPages/v2/people/1065/activities", 200, created)
        .on("POST", "/plusPages/v2/activities/z12abc/comments", 200, comment);

    assertThat(
            client
                .write(new WriteCommand(WriteKind.POST, TOKEN, PAGE, null, "新店舗オープン"))
                .externalId())
        .isEqualTo("z12abc");
    var body = JsonCodec.object(net.last().body()).orElseThrow();
    assertThat(body.getJsonObject("object").getString("originalContent")).isEqualTo("新店舗オープン");
    assertThat(
            body.getJsonObject("access").getJsonArray("items").getJsonObject(0).getString("type"))
        .isEqualTo("public");
    assertThat(net.last().header("Authorization")).isEqualTo("Bearer " + TOKEN);

    assertThat(
            client
                .write(new WriteCommand(WriteKind.COMMENT, TOKEN, PAGE, "z12abc", "ありがとう"))
                .externalId())
        .isEqualTo("z13c");
    assertThat(net.last().query("onBehalfOf")).isEqualTo(PAGE);
    assertThat(
            JsonCodec.object(net.last().body())
                .orElseThrow()
                .getJsonObject("object")
                .getString("originalContent"))
        .isEqualTo("ありがとう");
  }

  @Test
  void googlePlusHasNoLikesAndNoMessages() {
    assertThatThrownBy(
            () -> client.write(new WriteCommand(WriteKind.LIKE, TOKEN, PAGE, "z12abc", null)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(
            () -> client.write(new WriteCommand(WriteKind.MESSAGE_REPLY, TOKEN, PAGE, "7788", "x")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> client.findPerson(TOKEN, "x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theDocumentedAuthErrorIsTokenExpired() {
    net.onFixture("GET", "/plus/v1/people/me", 401, "google/error-auth.json");

    assertThatThrownBy(() -> client.identity(TOKEN))
        .isInstanceOf(ProviderException.TokenExpired.class)
        .hasMessageContaining("Invalid Credentials")
        .hasMessageContaining("authError");
  }

  @ParameterizedTest(name = "HTTP {0} {1}/{2} -> {3}")
  @CsvSource({
    "403, global, insufficientPermissions, MissingPermission",
    "403, usageLimits, rateLimitExceeded, RateLimited",
    "403, usageLimits, userRateLimitExceeded, RateLimited",
    "403, usageLimits, dailyLimitExceeded, RateLimited",
    "404, global, notFound, NotFound",
    "500, global, backendError, Transient",
    "503, global, backendError, Transient",
    "400, global, invalid, BadRequest",
  })
  void errorReasonsMapToTypedFailures(int status, String domain, String reason, String expected) {
    net.on(
        "GET",
        "/plusPages/v2/people/1065/activities/public",
        status,
        googleError(status, domain, reason));

    assertThatThrownBy(
            () -> client.read(StreamQuery.of(NetworkStream.GOOGLE_PAGE_ACTIVITIES, TOKEN, PAGE)))
        .isInstanceOf(ProviderException.class)
        .satisfies(e -> assertThat(e.getClass().getSimpleName()).isEqualTo(expected))
        .hasMessageContaining(reason);
  }

  @Test
  void rateLimitedWaitsForRetryAfterWhenGiven() {
    net.on(
        "GET",
        "/plus/v1/people/me",
        403,
        googleError(403, "usageLimits", "rateLimitExceeded"),
        "Retry-After",
        "30");

    assertThatThrownBy(() -> client.identity(TOKEN))
        .isInstanceOfSatisfying(
            ProviderException.RateLimited.class,
            e -> assertThat(e.resetAt()).isEqualTo(NOW.plusSeconds(30)));
  }

  @Test
  void aServerThatNeverAnswersIsTransient() {
    GooglePlusClient impatient = new GooglePlusClient(Fixtures.google(net, Duration.ofMillis(300)));
    net.hang("GET", "/plusPages/v2/people/1065/activities/public");

    assertThatThrownBy(
            () -> impatient.read(StreamQuery.of(NetworkStream.GOOGLE_PAGE_ACTIVITIES, TOKEN, PAGE)))
        .isInstanceOf(ProviderException.Transient.class);
  }

  @Test
  void anAnswerThatIsNotJsonIsTransient() {
    net.on("GET", "/plus/v1/people/me", 200, "<html>Service temporarily unavailable</html>");

    assertThatThrownBy(() -> client.identity(TOKEN))
        .isInstanceOf(ProviderException.Transient.class);
  }

  static String googleError(int status, String domain, String reason) {
    return "{\"error\":{\"errors\":[{\"domain\":\""
        + domain
        + "\",\"reason\":\""
        + reason
        + "\",\"message\":\""
        + reason
        + " happened\"}],\"code\":"
        + status
        + ",\"message\":\""
        + reason
        + " happened\"}}";
  }

  // issue 19 point 11: network HTML. object.content is HTML, originalContent plain
  @Test
  void htmlContentIsSanitizedRichTextAndItsPlainTextIsStoredAsText() {
    net.onFixture(
        "GET", "/plusPages/v2/people/1065/activities/public", 200, "google/activities-html.json");

    List<NetworkItem> items =
        client.read(StreamQuery.of(NetworkStream.GOOGLE_PAGE_ACTIVITIES, TOKEN, PAGE)).items();

    NetworkItem html = items.get(0);
    assertThat(html.text())
        .as("plain text, entities decoded once")
        .isEqualTo("Spring sale & more: 20% off\n\nSee acme.example/sale <today>");
    assertThat(html.rich().html())
        .isEqualTo(
            "<b>Spring sale</b> &amp; more: <i>20% off</i><br><br>See "
                + "<a href=\"https://acme.example/sale\" rel=\"nofollow noopener\">"
                + "acme.example/sale</a> &lt;today&gt;");
    assertThat(html.rich().html()).doesNotContain("&amp;amp;", "class=");
    NetworkItem own = items.get(1);
    assertThat(own.text()).as("originalContent where given").isEqualTo("Q&A <3\nline two");
    assertThat(own.rich().html()).isEqualTo("Q&amp;A &lt;3<br>line two");
  }

  // issue 19 point 10, on Google+: an activity's shared link is its link card
  @Test
  void anActivitysSharedArticleIsItsLinkCard() {
    net.on(
        "GET",
        "/plusPages/v2/people/1065/activities/public",
        200,
        "{\"items\":[{\"id\":\"z12a\",\"title\":\"\",\"object\":{\"objectType\":\"note\","
            + "\"content\":\"\",\"attachments\":[{\"objectType\":\"article\",\"displayName\":"
            + "\"Spring collection\",\"content\":\"Linen shirts\",\"url\":"
            + "\"https://acme.example/spring\",\"image\":{\"url\":"
            + "\"https://lh3.googleusercontent.com/proxy/spring.jpg\",\"type\":\"image/jpeg\"}}]}}]}");

    NetworkItem activity =
        client
            .read(StreamQuery.of(NetworkStream.GOOGLE_PAGE_ACTIVITIES, TOKEN, PAGE))
            .items()
            .get(0);

    assertThat(activity.rich().attachment())
        .isEqualTo(
            new org.crmsocial.social.provider.model.Attachment(
                "article",
                "Spring collection",
                "Linen shirts",
                "https://acme.example/spring",
                "https://lh3.googleusercontent.com/proxy/spring.jpg"));
    assertThat(activity.rich().html()).as("empty content is no rich text").isNull();
  }

  // issue 19 point 11: network HTML. comments too
  @Test
  void commentContentIsHtmlToo() {
    net.on(
        "GET",
        "/plusPages/v2/activities/z12abc/comments",
        200,
        "{\"items\":[{\"id\":\"z13h\",\"object\":{\"objectType\":\"comment\",\"content\":"
            + "\"<script>alert(1)</script>Tom &amp; Jerry <a href=\\\"javascript:alert(1)\\\">x</a>\"},"
            + "\"inReplyTo\":[{\"id\":\"z12abc\"}]}]}");

    NetworkItem comment =
        client
            .read(
                StreamQuery.of(NetworkStream.GOOGLE_ACTIVITY_COMMENTS, TOKEN, PAGE)
                    .withSubject("z12abc"))
            .items()
            .get(0);

    assertThat(comment.text()).isEqualTo("Tom & Jerry x");
    assertThat(comment.rich().html()).isEqualTo("Tom &amp; Jerry x");
  }
}
