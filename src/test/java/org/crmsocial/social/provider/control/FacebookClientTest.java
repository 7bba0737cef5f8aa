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
import org.crmsocial.social.provider.model.NetworkPage;
import org.crmsocial.social.provider.model.NetworkStream;
import org.crmsocial.social.provider.model.ProviderException;
import org.crmsocial.social.provider.model.StreamPage;
import org.crmsocial.social.provider.model.StreamQuery;
import org.crmsocial.social.provider.model.TokenGrant;
import org.crmsocial.social.provider.model.WriteCommand;
import org.crmsocial.social.provider.model.WriteKind;
import org.crmsocial.social.provider.model.WriteResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FacebookClientTest {

  static final Instant NOW = Instant.parse("2026-11-21T00:00:00Z");
  static final String PAGE_TOKEN = "EAAP-page-token";

  FakeNetwork net;
  FacebookClient client;

  @BeforeEach
  void start() {
    net = FakeNetwork.start();
    client =
        new FacebookClient(
            Fixtures.facebook(net, Duration.ofSeconds(5)), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @AfterEach
  void stop() {
    net.close();
  }

  @Test
  void authorizationUrlCarriesStateRedirectAndScopesWithoutPkce() {
    AuthorizationRequest request =
        client.authorize("st-123", "http://crm.local/social/callback/facebook");

    URI url = URI.create(request.url());
    assertThat(url.getPath()).isEqualTo("/www/v25.0/dialog/oauth");
    var query = FakeNetwork.decode(url.getRawQuery());
    assertThat(query.get("client_id")).containsExactly("fb-app");
    assertThat(query.get("redirect_uri"))
        .containsExactly("http://crm.local/social/callback/facebook");
    assertThat(query.get("state")).containsExactly("st-123");
    assertThat(query.get("response_type")).containsExactly("code");
    assertThat(query.get("scope")).containsExactly(FacebookOAuthApi.SCOPE);
    assertThat(query).doesNotContainKeys("code_challenge", "code_challenge_method");
    assertThat(request.codeVerifier()).isNull();
  }

  @Test
  void exchangeSwapsAtOnceForTheLongLivedTokenAndReadsGrantedPermissions() {
    net.onFixture("GET", "/v25.0/oauth/access_token", 200, "facebook/token.json")
        .on(
            "GET",
            "/v25.0/oauth/access_token",
            200,
            Fixtures.read("facebook/token.json").replace("EAAB…", "EAAL-long"))
        .onFixture("GET", "/v25.0/me/permissions", 200, "facebook/permissions.json");
    AuthorizationRequest started =
        client.authorize("st", "http://crm.local/social/callback/facebook");

    TokenGrant grant = client.exchange("the-code", started);

    var code = net.requests().get(0);
    assertThat(code.method()).isEqualTo("GET");
    assertThat(code.query("code")).isEqualTo("the-code");
    assertThat(code.query("client_id")).isEqualTo("fb-app");
    assertThat(code.query("client_secret")).isEqualTo("fb-secret-value");
    assertThat(code.query("redirect_uri")).isEqualTo("http://crm.local/social/callback/facebook");
    var swap = net.requests().get(1);
    assertThat(swap.query("grant_type")).isEqualTo("fb_exchange_token");
    assertThat(swap.query("fb_exchange_token")).isEqualTo("EAAB…");
    assertThat(swap.query("client_id")).isEqualTo("fb-app");
    assertThat(swap.query("client_secret")).isEqualTo("fb-secret-value");
    assertThat(net.last().path()).isEqualTo("/v25.0/me/permissions");
    assertThat(net.last().header("Authorization")).isEqualTo("Bearer EAAL-long");
    assertThat(grant.accessToken()).isEqualTo("EAAL-long");
    assertThat(grant.refreshToken()).isNull();
    assertThat(grant.expiresAt()).isEqualTo(NOW.plusSeconds(5183944));
    assertThat(grant.scopes()).containsExactly("pages_manage_posts");
  }

  @Test
  void aUsedCodeIsABadRequest() {
    net.on(
        "GET",
        "/v25.0/oauth/access_token",
        400,
        facebookError(100, 36009, "This authorization code has been used."));

    assertThatThrownBy(
            () -> client.exchange("AQD-used-code", client.authorize("st", "http://crm.local/cb")))
        .isInstanceOf(ProviderException.BadRequest.class)
        .hasMessageContaining("This authorization code has been used.");
  }

  @Test
  void facebookHasNoRefresh() {
    assertThat(client.refreshes()).isFalse();
    assertThatThrownBy(() -> client.refresh("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void revokeDeletesThePermissionsAndToleratesAnExpiredToken() {
    net.onFixture("DELETE", "/v25.0/me/permissions", 200, "facebook/revoked.json")
        .onFixture("DELETE", "/v25.0/me/permissions", 400, "facebook/error-token-expired.json");

    client.revoke("user-token", null);
    assertThat(net.last().method()).isEqualTo("DELETE");
    assertThat(net.last().header("Authorization")).isEqualTo("Bearer user-token");

    client.revoke("expired-token", null);
    assertThat(net.requests()).hasSize(2);
  }

  @Test
  void identityReadsIdAndName() {
    net.onFixture("GET", "/v25.0/me", 200, "facebook/me.json");

    var me = client.identity("user-token");

    assertThat(me.id()).isEqualTo("10158");
    assertThat(me.displayName()).isEqualTo("Hanako Sato");
    assertThat(net.last().query("fields")).isEqualTo("id,name");
    assertThat(net.last().header("Authorization")).isEqualTo("Bearer user-token");
  }

  @Test
  void pagesCarryTheirPageTokens() {
    net.onFixture("GET", "/v25.0/me/accounts", 200, "facebook/accounts.json");

    List<NetworkPage> pages = client.pages("user-token");

    assertThat(pages)
        .singleElement()
        .satisfies(
            page -> {
              assertThat(page.id()).isEqualTo("1049");
              assertThat(page.name()).isEqualTo("Acme Japan");
              assertThat(page.accessToken()).isEqualTo("EAAP…");
              assertThat(page.category()).isEqualTo("Software");
            });
    assertThat(net.requests()).hasSize(1);
  }

  @Test
  void pagesFollowTheAfterCursorWhileThereIsANextPage() {
    String first =
        Fixtures.read("facebook/accounts.json")
            .replace(
                "\"after\":\"QVFI…\"}}",
                "\"after\":\"QVFIafter\"},\"next\":\"https://graph.facebook.com/v25.0/me/accounts?after=QVFIafter\"}");
    net.on("GET", "/v25.0/me/accounts", 200, first)
        .on("GET", "/v25.0/me/accounts", 200, "{\"data\":[]}");

    assertThat(client.pages("user-token")).hasSize(1);
    assertThat(net.requests()).hasSize(2);
    assertThat(net.requests().get(0).query("after")).isNull();
    assertThat(net.requests().get(1).query("after")).isEqualTo("QVFIafter");
  }

  @Test
  void noPageIsAnEmptyList() {
    net.on("GET", "/v25.0/me/accounts", 200, "{\"data\":[]}");

    assertThat(client.pages("user-token")).isEmpty();
  }

  @Test
  void feedMapsPostsWithTheirCommentsAndCounts() {
    net.onFixture("GET", "/v25.0/1049/feed", 200, "facebook/feed.json");

    StreamPage<NetworkItem> page =
        client.read(StreamQuery.of(NetworkStream.FACEBOOK_PAGE_FEED, PAGE_TOKEN, "1049"));

    assertThat(page.items()).hasSize(2);
    NetworkItem post = page.items().get(0);
    assertThat(post.externalId()).isEqualTo("1049_8811");
    assertThat(post.kind()).isEqualTo(ItemKind.POST);
    assertThat(post.text()).isEqualTo("新製品のお知らせ");
    assertThat(post.createdAt()).isEqualTo(Instant.parse("2026-11-20T09:12:44Z"));
    assertThat(post.author().id()).isEqualTo("1049");
    assertThat(post.author().displayName()).isEqualTo("Acme Japan");
    assertThat(post.permalink()).isEqualTo("https://www.facebook.com/1049/posts/8811");
    assertThat(post.counts().likes()).isEqualTo(1);
    assertThat(post.counts().replies()).isEqualTo(1);
    NetworkItem comment = page.items().get(1);
    assertThat(comment.externalId()).isEqualTo("8811_31");
    assertThat(comment.kind()).isEqualTo(ItemKind.COMMENT);
    assertThat(comment.parentId()).isEqualTo("1049_8811");
    assertThat(comment.author().id()).isEqualTo("5531");
    assertThat(comment.text()).isEqualTo("いつ発売？");
    assertThat(page.nextCursor()).isEqualTo("…");
    assertThat(page.newestMarker())
        .isEqualTo(Long.toString(Instant.parse("2026-11-20T09:12:44Z").getEpochSecond()));

    var sent = net.last();
    assertThat(sent.query("fields")).isEqualTo(FacebookClient.FEED_FIELDS);
    assertThat(sent.query("limit")).isEqualTo("25");
    assertThat(sent.query("after")).isNull();
    assertThat(sent.header("Authorization")).isEqualTo("Bearer " + PAGE_TOKEN);
    assertThat(sent.query("access_token")).isNull();
  }

  @Test
  void feedPassesTheAfterCursorAndSinceBack() {
    net.onFixture("GET", "/v25.0/1049/feed", 200, "facebook/feed.json");

    client.read(
        StreamQuery.of(NetworkStream.FACEBOOK_PAGE_FEED, PAGE_TOKEN, "1049")
            .withCursor("QVFIcursor")
            .withSince("1795000000"));

    assertThat(net.last().query("after")).isEqualTo("QVFIcursor");
    assertThat(net.last().query("since")).isEqualTo("1795000000");
  }

  @Test
  void theLastFeedPageHasNoCursor() {
    net.on(
        "GET",
        "/v25.0/1049/feed",
        200,
        "{\"data\":[],\"paging\":{\"cursors\":{\"before\":\"a\",\"after\":\"b\"}}}");

    StreamPage<NetworkItem> page =
        client.read(StreamQuery.of(NetworkStream.FACEBOOK_PAGE_FEED, PAGE_TOKEN, "1049"));

    assertThat(page.items()).isEmpty();
    assertThat(page.nextCursor()).isNull();
    assertThat(page.newestMarker()).isNull();
  }

  @Test
  void aPostWithoutFromOrMessageAndUnknownFieldsStillReads() {
    String body =
        Fixtures.read("facebook/feed.json")
            .replace(
                "\"message\":\"新製品のお知らせ\",",
                "\"status_type\":\"added_photos\",\"attachments\":{\"data\":[{\"type\":\"photo\"}]},")
            .replace("\"from\":{\"name\":\"Acme Japan\",\"id\":\"1049\"},", "")
            .replace(
                "{\"data\":[{\"id\":\"1049_8811\"",
                "{\"unknown_top\":[1,{\"x\":null}],\"data\":[{\"id\":\"1049_8811\"");
    net.on("GET", "/v25.0/1049/feed", 200, body);

    NetworkItem post =
        client
            .read(StreamQuery.of(NetworkStream.FACEBOOK_PAGE_FEED, PAGE_TOKEN, "1049"))
            .items()
            .get(0);

    assertThat(post.externalId()).isEqualTo("1049_8811");
    assertThat(post.author()).isNull();
    assertThat(post.text()).isNull();
  }

  @Test
  void commentsOfAPost() {
    net.on(
        "GET",
        "/v25.0/1049_8811/comments",
        200,
        "{\"data\":[{\"id\":\"8811_31\",\"message\":\"いつ発売？\",\"created_time\":\"2026-11-20T10:01:02+0000\",\"from\":{\"name\":\"Taro"
            + " Yamada\",\"id\":\"5531\"}}],\"paging\":{\"cursors\":{\"before\":\"…\",\"after\":\"…\"}}}");

    StreamPage<NetworkItem> page =
        client.read(
            StreamQuery.of(NetworkStream.FACEBOOK_COMMENTS, PAGE_TOKEN, "1049")
                .withSubject("1049_8811")
                .withCursor("c1"));

    assertThat(page.items())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.parentId()).isEqualTo("1049_8811");
              assertThat(c.kind()).isEqualTo(ItemKind.COMMENT);
            });
    assertThat(page.nextCursor()).isNull();
    assertThat(net.last().query("fields")).isEqualTo("id,message,created_time,from,attachment");
    assertThat(net.last().query("after")).isEqualTo("c1");
  }

  @Test
  void conversationsYieldTheirMessages() {
    net.onFixture("GET", "/v25.0/1049/conversations", 200, "facebook/conversations.json");

    StreamPage<NetworkItem> page =
        client.read(StreamQuery.of(NetworkStream.FACEBOOK_CONVERSATIONS, PAGE_TOKEN, "1049"));

    assertThat(page.items())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.externalId()).isEqualTo("m_AA1");
              assertThat(m.kind()).isEqualTo(ItemKind.MESSAGE);
              assertThat(m.conversationId()).isEqualTo("t_1002");
              assertThat(m.author().id()).isEqualTo("5531");
              assertThat(m.text()).isEqualTo("在庫はありますか？");
            });
    assertThat(net.last().query("platform")).isEqualTo("messenger");
    assertThat(net.last().query("fields")).isEqualTo(FacebookClient.CONVERSATION_FIELDS);
  }

  @Test
  void aConversationsMessageCountAndItsMessagesEdge() { // issue 6: beyond the latest 20 messages
    net.on(
            "GET",
            "/v25.0/1049/conversations",
            200,
            "{\"data\":[{\"id\":\"t_1002\",\"message_count\":45,\"messages\":{\"data\":[{\"id\":\"m_9\"}]}},"
                + "{\"id\":\"t_1003\",\"messages\":{\"data\":[]}}]}")
        .on(
            "GET",
            "/v25.0/t_1002/messages",
            200,
            "{\"data\":[{\"id\":\"m_8\",\"message\":\"はい\",\"created_time\":\"2026-11-21T01:00:00+0000\","
                + "\"from\":{\"name\":\"Taro Yamada\",\"id\":\"5531\"}}],"
                + "\"paging\":{\"cursors\":{\"after\":\"QX\"},\"next\":\"https://graph/next\"}}");

    StreamPage<NetworkItem> conversations =
        client.read(StreamQuery.of(NetworkStream.FACEBOOK_CONVERSATIONS, PAGE_TOKEN, "1049"));
    assertThat(conversations.threadSizes()).containsExactly(java.util.Map.entry("t_1002", 45L));

    StreamPage<NetworkItem> messages =
        client.read(
            StreamQuery.of(NetworkStream.FACEBOOK_CONVERSATION_MESSAGES, PAGE_TOKEN, "1049")
                .withSubject("t_1002")
                .withCursor("QW"));
    assertThat(messages.items())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.externalId()).isEqualTo("m_8");
              assertThat(m.kind()).isEqualTo(ItemKind.MESSAGE);
              assertThat(m.conversationId()).isEqualTo("t_1002");
              assertThat(m.author().id()).isEqualTo("5531");
            });
    assertThat(messages.nextCursor()).isEqualTo("QX");
    assertThat(net.last().query("after")).isEqualTo("QW");
    assertThat(net.last().query("fields")).isEqualTo(FacebookClient.MESSAGE_FIELDS);
  }

  @Test
  void everyGraphCallCarriesTheProofOfItsOwnToken() { // appsecret_proof
    net.onFixture("GET", "/v25.0/me", 200, "facebook/me.json")
        .onFixture("GET", "/v25.0/me/accounts", 200, "facebook/accounts.json")
        .onFixture("GET", "/v25.0/1049/feed", 200, "facebook/feed.json")
        .onFixture("POST", "/v25.0/1049/feed", 200, "facebook/post-created.json");

    client.identity("EAAB-user-token");
    client.pages("EAAB-user-token");
    client.read(StreamQuery.of(NetworkStream.FACEBOOK_PAGE_FEED, PAGE_TOKEN, "1049"));
    client.write(new WriteCommand(WriteKind.POST, PAGE_TOKEN, "1049", null, "新製品"));

    // hex(HMAC-SHA256(key = app secret "fb-secret-value", data = the token sent)), computed apart
    String userProof = "b6a1f58e9d0e29d3006b31944efae96ec6d5f164e12e0068606cde601cafbdfa";
    String pageProof = "62bc77ff0dfa8c91922c7857685f6e30a0b86da754e88fde0acb95d6fcb296aa";
    assertThat(net.requests()).hasSize(4);
    assertThat(net.requests().subList(0, 2))
        .allSatisfy(r -> assertThat(r.query("appsecret_proof")).isEqualTo(userProof));
    assertThat(net.requests().subList(2, 4))
        .allSatisfy(r -> assertThat(r.query("appsecret_proof")).isEqualTo(pageProof));
  }

  @Test
  void postCommentLikeAndMessageReply() {
    net.onFixture("POST", "/v25.0/1049/feed", 200, "facebook/post-created.json")
        .onFixture("POST", "/v25.0/1049_8811/comments", 200, "facebook/comment-created.json")
        .onFixture("POST", "/v25.0/1049_8811/likes", 200, "facebook/liked.json")
        .onFixture("POST", "/v25.0/1049/messages", 200, "facebook/message-sent.json");

    WriteResult post =
        client.write(new WriteCommand(WriteKind.POST, PAGE_TOKEN, "1049", null, "新製品"));
    assertThat(post.externalId()).isEqualTo("1049_8812");
    assertThat(net.last().form("message")).isEqualTo("新製品");
    assertThat(net.last().header("Content-Type")).startsWith("application/x-www-form-urlencoded");
    assertThat(net.last().header("Authorization")).isEqualTo("Bearer " + PAGE_TOKEN);

    WriteResult comment =
        client.write(new WriteCommand(WriteKind.COMMENT, PAGE_TOKEN, "1049", "1049_8811", "来月です"));
    assertThat(comment.externalId()).isEqualTo("8811_32");
    assertThat(net.last().form("message")).isEqualTo("来月です");

    WriteResult like =
        client.write(new WriteCommand(WriteKind.LIKE, PAGE_TOKEN, "1049", "1049_8811", null));
    assertThat(like.externalId()).isNull();
    assertThat(net.last().path()).isEqualTo("/v25.0/1049_8811/likes");

    WriteResult reply =
        client.write(
            new WriteCommand(WriteKind.MESSAGE_REPLY, PAGE_TOKEN, "1049", "5531", "はい、あります。"));
    assertThat(reply.externalId()).isEqualTo("m_AB2");
    assertThat(net.last().header("Content-Type")).startsWith("application/json");
    var body = JsonCodec.object(net.last().body()).orElseThrow();
    assertThat(body.getJsonObject("recipient").getString("id")).isEqualTo("5531");
    assertThat(body.getString("messaging_type")).isEqualTo("RESPONSE");
    assertThat(body.getJsonObject("message").getString("text")).isEqualTo("はい、あります。");
  }

  @Test
  void writesFacebookDoesNotOfferAreRefused() {
    assertThatThrownBy(
            () -> client.write(new WriteCommand(WriteKind.RETWEET, PAGE_TOKEN, "1049", "1", null)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(
            () -> client.read(StreamQuery.of(NetworkStream.TWITTER_MENTIONS, PAGE_TOKEN, "1")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest(name = "HTTP {0}, code {1}/{2} -> {3}")
  @CsvSource({
    "400, 190, 463, TokenExpired",
    "400, 190, 460, TokenExpired",
    "400, 190, 458, TokenExpired",
    "400, 190, 467, TokenExpired",
    "400, 2500, , TokenExpired",
    "403, 10, 2018278, ReplyWindowClosed",
    "403, 10, , MissingPermission",
    "403, 200, , MissingPermission",
    "403, 299, , MissingPermission",
    "400, 4, , RateLimited",
    "400, 17, , RateLimited",
    "400, 32, , RateLimited",
    "403, 613, , RateLimited",
    "400, 80001, , RateLimited",
    "400, 506, , BadRequest",
    "400, 100, 33, NotFound",
    "400, 803, , NotFound",
    "500, 1, , Transient",
    "503, 2, , Transient",
  })
  void graphErrorCodesMapToTypedFailures(int status, int code, Integer subcode, String expected) {
    net.on("GET", "/v25.0/me", status, facebookError(code, subcode, "the network's own words"));

    assertThatThrownBy(() -> client.identity("user-token"))
        .isInstanceOf(ProviderException.class)
        .satisfies(e -> assertThat(e.getClass().getSimpleName()).isEqualTo(expected))
        .hasMessageContaining("the network's own words")
        .hasMessageContaining("code " + code);
  }

  @Test
  void theDocumentedExpiredTokenAnswerIsTokenExpired() {
    net.onFixture("GET", "/v25.0/me", 400, "facebook/error-token-expired.json");

    assertThatThrownBy(() -> client.identity("user-token"))
        .isInstanceOf(ProviderException.TokenExpired.class)
        .hasMessageContaining("Session has expired")
        .hasMessageContaining("190/463")
        .satisfies(
            e ->
                assertThat(((ProviderException) e).key())
                    .isEqualTo("social.provider.error.tokenExpired"));
  }

  @Test
  void aCallWithoutTokenIsTokenExpired() {
    net.onFixture("GET", "/v25.0/me", 400, "facebook/error-no-token.json");

    assertThatThrownBy(() -> client.identity("user-token"))
        .isInstanceOf(ProviderException.TokenExpired.class);
  }

  @Test
  void missingPermissionNamesThePermissionFromTheMessage() {
    net.on(
        "POST",
        "/v25.0/1049/feed",
        403,
        facebookError(
            200, null, "(#200) Requires pages_manage_posts permission to manage the object"));

    assertThatThrownBy(
            () -> client.write(new WriteCommand(WriteKind.POST, PAGE_TOKEN, "1049", null, "x")))
        .isInstanceOfSatisfying(
            ProviderException.MissingPermission.class,
            e -> assertThat(e.scope()).isEqualTo("pages_manage_posts"));
  }

  @Test
  void throttlingWaitsAsLongAsTheBusinessUseCaseHeaderSays() {
    net.on(
        "GET",
        "/v25.0/1049/feed",
        400,
        facebookError(32, null, "Page request limit reached"),
        "X-Business-Use-Case-Usage",
        "{\"1049\":[{\"type\":\"pages\",\"call_count\":100,\"total_cputime\":25,\"total_time\":25,\"estimated_time_to_regain_access\":7}]}");

    assertThatThrownBy(
            () -> client.read(StreamQuery.of(NetworkStream.FACEBOOK_PAGE_FEED, PAGE_TOKEN, "1049")))
        .isInstanceOfSatisfying(
            ProviderException.RateLimited.class,
            e -> assertThat(e.resetAt()).isEqualTo(NOW.plus(Duration.ofMinutes(7))));
  }

  @Test
  void throttlingWithoutHeaderWaitsTheDefault() {
    net.on(
        "GET",
        "/v25.0/1049/feed",
        400,
        facebookError(4, null, "Application request limit reached"));

    assertThatThrownBy(
            () -> client.read(StreamQuery.of(NetworkStream.FACEBOOK_PAGE_FEED, PAGE_TOKEN, "1049")))
        .isInstanceOfSatisfying(
            ProviderException.RateLimited.class,
            e ->
                assertThat(e.resetAt())
                    .isEqualTo(NOW.plus(ErrorTranslator.DEFAULT_RATE_LIMIT_WAIT)));
  }

  @Test
  void aMessageReplyAfterTheWindowSaysSo() {
    net.on(
        "POST",
        "/v25.0/1049/messages",
        400,
        facebookError(10, 2018278, "(#10) This message is sent outside of allowed window."));

    assertThatThrownBy(
            () ->
                client.write(
                    new WriteCommand(WriteKind.MESSAGE_REPLY, PAGE_TOKEN, "1049", "5531", "hi")))
        .isInstanceOf(ProviderException.ReplyWindowClosed.class)
        .hasMessageContaining("can no longer be answered");
  }

  @Test
  void malformedJsonIsTransient() {
    net.on("GET", "/v25.0/me", 200, "{\"id\":\"10158\",");

    assertThatThrownBy(() -> client.identity("user-token"))
        .isInstanceOf(ProviderException.Transient.class);
  }

  @Test
  void aServerThatNeverAnswersIsTransient() {
    FacebookClient impatient = new FacebookClient(Fixtures.facebook(net, Duration.ofMillis(300)));
    net.hang("GET", "/v25.0/me");

    assertThatThrownBy(() -> impatient.identity("user-token"))
        .isInstanceOf(ProviderException.Transient.class)
        .hasMessageContaining("0.3 s");
  }

  @Test
  void aTokenEndpointThatNeverAnswersIsTransient() {
    FacebookClient impatient = new FacebookClient(Fixtures.facebook(net, Duration.ofMillis(300)));
    net.hang("GET", "/v25.0/oauth/access_token");

    assertThatThrownBy(
            () -> impatient.exchange("code", impatient.authorize("st", "http://crm.local/cb")))
        .isInstanceOf(ProviderException.Transient.class);
  }

  @Test
  void aRefusedConnectionIsTransient() {
    String url = net.url();
    net.close();
    FacebookClient closed =
        new FacebookClient(
            ClientSettings.facebook(
                url + "/d",
                url + "/v25.0",
                "id",
                "secret",
                Duration.ofSeconds(1),
                Duration.ofSeconds(1)));

    assertThatThrownBy(() -> closed.identity("user-token"))
        .isInstanceOf(ProviderException.Transient.class)
        .hasMessageContaining("connection refused");
  }

  static String facebookError(int code, Integer subcode, String message) {
    return "{\"error\":{\"message\":\""
        + message
        + "\",\"type\":\"OAuthException\",\"code\":"
        + code
        + (subcode == null ? "" : ",\"error_subcode\":" + subcode)
        + ",\"fbtrace_id\":\"AbC123\"}}";
  }

  // issue 19 point 10: Facebook posts without message
  @Test
  void theFeedAsksForStoryAndAttachments() {
    net.onFixture("GET", "/v25.0/1049/feed", 200, "facebook/feed.json");

    client.read(StreamQuery.of(NetworkStream.FACEBOOK_PAGE_FEED, PAGE_TOKEN, "1049"));

    GraphFieldList fields = GraphFieldList.of(net.last().query("fields"));
    assertThat(fields.top()).contains("message", "story", "attachments");
    assertThat(fields.sub("attachments")).contains("type", "title", "description", "url", "media");
  }

  // issue 19 point 10: Facebook posts without message
  @Test
  void aSharedLinkWithoutMessageShowsItsStoryAndItsLinkCard() {
    net.onFixture("GET", "/v25.0/1049/feed", 200, "facebook/feed-attachments.json");

    List<NetworkItem> posts =
        client.read(StreamQuery.of(NetworkStream.FACEBOOK_PAGE_FEED, PAGE_TOKEN, "1049")).items();

    NetworkItem link = posts.get(0);
    assertThat(link.text()).isEqualTo("Acme Japan shared a link.");
    var card = link.rich().attachment();
    assertThat(card.type()).isEqualTo("share");
    assertThat(card.title()).isEqualTo("Spring collection 2026 | Acme");
    assertThat(card.description())
        .isEqualTo("Linen shirts, light jackets and more for the new season.");
    assertThat(card.url())
        .as("the address itself, not Facebook's l.php redirect")
        .isEqualTo("https://acme.example/spring?ref=fb");
    assertThat(card.imageUrl())
        .isEqualTo("https://scontent.xx.fbcdn.net/v/t15.5256-10/spring_n.jpg?_nc_cat=1&oh=00_A");
    assertThat(link.rich().html()).as("Graph text is plain: no rich text").isNull();
  }

  // issue 19 point 10: Facebook posts without message
  @Test
  void aPhotoKeepsItsMessageAsPlainTextAndItsPicture() {
    net.onFixture("GET", "/v25.0/1049/feed", 200, "facebook/feed-attachments.json");

    List<NetworkItem> posts =
        client.read(StreamQuery.of(NetworkStream.FACEBOOK_PAGE_FEED, PAGE_TOKEN, "1049")).items();

    NetworkItem photo = posts.get(1);
    assertThat(photo.text()).isEqualTo("Our Tokyo store <opens> Saturday & Sunday");
    assertThat(photo.rich().attachment().type()).isEqualTo("photo");
    assertThat(photo.rich().attachment().title()).isNull();
    assertThat(photo.rich().attachment().url())
        .isEqualTo("https://www.facebook.com/photo.php?fbid=8813000&set=a.1049&type=3");
    assertThat(photo.rich().attachment().imageUrl())
        .isEqualTo("https://scontent.xx.fbcdn.net/v/t39.30808-6/store_n.jpg");
    NetworkItem event = posts.get(2);
    assertThat(event.text()).isEqualTo("Acme Japan created an event.");
    assertThat(event.rich().attachment().title()).isEqualTo("Tokyo trade show");
    assertThat(event.rich().attachment().imageUrl()).isNull();
  }

  // issue 19 point 10: a comment that is a photo or a link has no message, its attachment
  @Test
  void aPhotoCommentShowsItsPicture() {
    net.on(
        "GET",
        "/v25.0/1049_8811/comments",
        200,
        "{\"data\":[{\"id\":\"8811_40\",\"message\":\"\",\"created_time\":"
            + "\"2026-11-20T10:05:00+0000\",\"from\":{\"name\":\"Taro Yamada\",\"id\":\"5531\"},"
            + "\"attachment\":{\"media\":{\"image\":{\"height\":480,\"src\":"
            + "\"https://scontent.xx.fbcdn.net/v/t39/comment_n.jpg\",\"width\":480}},"
            + "\"target\":{\"id\":\"99\",\"url\":\"https://www.facebook.com/photo.php?fbid=99\"},"
            + "\"type\":\"photo\",\"url\":\"https://www.facebook.com/photo.php?fbid=99\"}}],"
            + "\"paging\":{\"cursors\":{\"before\":\"a\",\"after\":\"b\"}}}");

    NetworkItem comment =
        client
            .read(
                StreamQuery.of(NetworkStream.FACEBOOK_COMMENTS, PAGE_TOKEN, "1049")
                    .withSubject("1049_8811"))
            .items()
            .get(0);

    assertThat(List.of(net.last().query("fields").split(","))).contains("attachment");
    assertThat(GraphFieldList.of(FacebookClient.FEED_FIELDS).sub("comments.summary(true)"))
        .contains("attachment");
    assertThat(comment.rich().attachment().type()).isEqualTo("photo");
    assertThat(comment.rich().attachment().imageUrl())
        .isEqualTo("https://scontent.xx.fbcdn.net/v/t39/comment_n.jpg");
  }

  // issue 19 point 10: an attachment with nothing to show is none
  @Test
  void anEmptyAttachmentIsNone() {
    net.on(
        "GET",
        "/v25.0/1049/feed",
        200,
        "{\"data\":[{\"id\":\"1049_1\",\"message\":\"m\",\"attachments\":{\"data\":[{\"type\":"
            + "\"photo\"}]}}]}");

    NetworkItem post =
        client
            .read(StreamQuery.of(NetworkStream.FACEBOOK_PAGE_FEED, PAGE_TOKEN, "1049"))
            .items()
            .get(0);

    assertThat(post.rich().isEmpty()).isTrue();
  }

  /** Graph's {@code fields}: its top-level names and one edge's sub-fields. */
  record GraphFieldList(String value) {
    static GraphFieldList of(String value) {
      return new GraphFieldList(value);
    }

    List<String> top() {
      return split(value);
    }

    List<String> sub(String edge) {
      int at = value.indexOf(edge + "{");
      assertThat(at).as(edge + " has its sub-fields").isNotNegative();
      return split(value.substring(at + edge.length() + 1, value.indexOf('}', at)));
    }

    private static List<String> split(String fields) {
      List<String> names = new java.util.ArrayList<>();
      int depth = 0;
      StringBuilder name = new StringBuilder();
      for (char c : (fields + ",").toCharArray()) {
        if (c == '{' || c == '(') {
          depth++;
        } else if (c == '}' || c == ')') {
          depth--;
        } else if (c == ',' && depth == 0) {
          names.add(name.toString().replaceAll("\\..*", ""));
          name.setLength(0);
        } else if (depth == 0) {
          name.append(c);
        }
      }
      return names;
    }
  }
}
