package org.crmsocial.social.provider.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
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
import org.crmsocial.social.provider.model.WriteResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TwitterClientTest {

  static final Instant NOW = Instant.parse("2026-11-21T00:00:00Z");
  static final String TOKEN = "bWRj-access";
  static final String ME = "2244994945";

  FakeNetwork net;
  TwitterClient client;

  @BeforeEach
  void start() {
    net = FakeNetwork.start();
    client =
        new TwitterClient(
            Fixtures.twitter(net, Duration.ofSeconds(5)), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @AfterEach
  void stop() {
    net.close();
  }

  @Test
  void authorizationUrlCarriesStateRedirectScopesAndAnS256Challenge() throws Exception {
    AuthorizationRequest request =
        client.authorize("st-9", "http://crm.local/social/callback/twitter");

    URI url = URI.create(request.url());
    assertThat(url.getPath()).isEqualTo("/i/oauth2/authorize");
    var query = FakeNetwork.decode(url.getRawQuery());
    assertThat(query.get("response_type")).containsExactly("code");
    assertThat(query.get("client_id")).containsExactly("tw-app");
    assertThat(query.get("redirect_uri"))
        .containsExactly("http://crm.local/social/callback/twitter");
    assertThat(query.get("scope"))
        .containsExactly(
            "tweet.read tweet.write users.read like.write dm.read dm.write offline.access");
    assertThat(url.getRawQuery()).contains("scope=tweet.read%20tweet.write");
    assertThat(query.get("state")).containsExactly("st-9");
    assertThat(query.get("code_challenge_method")).containsExactly("S256");
    assertThat(request.codeVerifier()).hasSizeGreaterThanOrEqualTo(43);
    assertThat(query.get("code_challenge")).containsExactly(s256(request.codeVerifier()));
  }

  @Test
  void everyAuthorizationHasItsOwnVerifier() {
    assertThat(client.authorize("a", "http://crm.local/cb").codeVerifier())
        .isNotEqualTo(client.authorize("b", "http://crm.local/cb").codeVerifier());
  }

  @Test
  void exchangeSendsVerifierWithBasicAuthAndReadsScopes() {
    net.onFixture("POST", "/2/oauth2/token", 200, "twitter/token.json");
    AuthorizationRequest started =
        client.authorize("st", "http://crm.local/social/callback/twitter");

    TokenGrant grant = client.exchange("code-123", started);

    var sent = net.last();
    assertThat(sent.header("Authorization"))
        .isEqualTo(
            "Basic "
                + Base64.getEncoder()
                    .encodeToString("tw-app:tw-secret-value".getBytes(StandardCharsets.UTF_8)));
    assertThat(sent.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
    assertThat(sent.form("grant_type")).isEqualTo("authorization_code");
    assertThat(sent.form("code")).isEqualTo("code-123");
    assertThat(sent.form("redirect_uri")).isEqualTo("http://crm.local/social/callback/twitter");
    assertThat(sent.form("code_verifier")).isEqualTo(started.codeVerifier());
    assertThat(sent.form("client_id")).isEqualTo("tw-app");
    assertThat(sent.form()).doesNotContainKey("client_secret");
    assertThat(grant.accessToken()).isEqualTo("bWRj…");
    assertThat(grant.refreshToken()).isEqualTo("Ymlq…");
    assertThat(grant.expiresAt()).isEqualTo(NOW.plusSeconds(7200));
    assertThat(grant.scopes())
        .containsExactlyInAnyOrder(
            "tweet.read",
            "tweet.write",
            "users.read",
            "like.write",
            "dm.read",
            "dm.write",
            "offline.access");
  }

  @Test
  void aWrongVerifierOrReplayedCodeIsABadRequest() {
    net.onFixture("POST", "/2/oauth2/token", 400, "twitter/error-invalid-request.json");

    assertThatThrownBy(
            () -> client.exchange("code-123", client.authorize("st", "http://crm.local/cb")))
        .isInstanceOf(ProviderException.BadRequest.class)
        .hasMessageContaining("Value passed for the authorization code was invalid.")
        .hasMessageContaining("invalid_request");
  }

  @Test
  void refreshReturnsTheRotatedRefreshToken() {
    net.onFixture("POST", "/2/oauth2/token", 200, "twitter/token.json");

    TokenGrant grant = client.refresh("old-refresh-token");

    var sent = net.last();
    assertThat(sent.form("grant_type")).isEqualTo("refresh_token");
    assertThat(sent.form("refresh_token")).isEqualTo("old-refresh-token");
    assertThat(sent.form("client_id")).isEqualTo("tw-app");
    assertThat(sent.header("Authorization")).startsWith("Basic ");
    assertThat(grant.refreshToken()).isEqualTo("Ymlq…").isNotEqualTo("old-refresh-token");
    assertThat(grant.accessToken()).isEqualTo("bWRj…");
  }

  @Test
  void aRefreshTokenNoLongerAcceptedMeansReauthorize() {
    net.on(
        "POST",
        "/2/oauth2/token",
        400,
        "{\"error\":\"invalid_request\",\"error_description\":\"Value passed for the token was"
            + " invalid.\"}");

    assertThatThrownBy(() -> client.refresh("dead-refresh-token"))
        .isInstanceOf(ProviderException.TokenExpired.class);
  }

  @Test
  void revokeRevokesBothTokens() {
    net.on("POST", "/2/oauth2/revoke", 200, "{\"revoked\":true}");

    client.revoke("access-token-1", "refresh-token-1");

    assertThat(net.requests()).hasSize(2);
    assertThat(net.requests().get(0).form("token")).isEqualTo("refresh-token-1");
    assertThat(net.requests().get(1).form("token")).isEqualTo("access-token-1");
    assertThat(net.requests().get(1).form("client_id")).isEqualTo("tw-app");
    assertThat(net.requests().get(1).header("Authorization")).startsWith("Basic ");
  }

  @Test
  void identityIsTheSignedInUser() {
    net.onFixture("GET", "/2/users/me", 200, "twitter/me.json");

    var me = client.identity(TOKEN);

    assertThat(me.id()).isEqualTo(ME);
    assertThat(me.handle()).isEqualTo("acme_jp");
    assertThat(me.displayName()).isEqualTo("Acme Japan");
    assertThat(net.last().header("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(client.hasPages()).isFalse();
  }

  @Test
  void findPersonByHandle() {
    net.onFixture("GET", "/2/users/by/username/jiro_s", 200, "twitter/user.json");

    var person = client.findPerson(TOKEN, "@jiro_s");

    assertThat(person.id()).isEqualTo("9911");
    assertThat(person.handle()).isEqualTo("jiro_s");
  }

  @Test
  void anUnknownHandleIsNotFoundThoughSentWithHttp200() {
    net.onFixture("GET", "/2/users/by/username/nobody", 200, "twitter/user-not-found.json");

    assertThatThrownBy(() -> client.findPerson(TOKEN, "nobody"))
        .isInstanceOf(ProviderException.NotFound.class)
        .hasMessageContaining("Could not find user with username: [nobody].")
        .hasMessageContaining("resource-not-found");
  }

  @Test
  void ownTweetsWithAuthorsFromIncludes() {
    net.onFixture("GET", "/2/users/" + ME + "/tweets", 200, "twitter/tweets.json");

    StreamPage<NetworkItem> page =
        client.read(StreamQuery.of(NetworkStream.TWITTER_OWN_TWEETS, TOKEN, ME).withLimit(100));

    NetworkItem tweet = page.items().get(0);
    assertThat(tweet.externalId()).isEqualTo("1460323737035677698");
    assertThat(tweet.kind()).isEqualTo(ItemKind.REPLY);
    assertThat(tweet.text()).isEqualTo("@acme_jp 注文が届きません");
    assertThat(tweet.createdAt()).isEqualTo(Instant.parse("2026-11-21T03:10:00Z"));
    assertThat(tweet.conversationId()).isEqualTo("1460323737035677698");
    assertThat(tweet.author().id()).isEqualTo("9911");
    assertThat(tweet.author().handle()).isEqualTo("jiro_s");
    assertThat(tweet.author().displayName()).isEqualTo("Jiro Suzuki");
    assertThat(tweet.author().avatarUrl())
        .isEqualTo("https://pbs.twimg.com/profile_images/1/x_normal.jpg");
    assertThat(tweet.counts().likes()).isEqualTo(1);
    assertThat(tweet.permalink())
        .as("S-4: the link to the original")
        .isEqualTo("https://twitter.com/jiro_s/status/1460323737035677698");
    assertThat(tweet.addressedTo())
        .as("S-4: whom it answers, from in_reply_to_user_id")
        .isEqualTo("2244994945");
    assertThat(page.nextCursor()).isEqualTo("7140dibdnow9c7btw3w29");
    assertThat(page.newestMarker()).isEqualTo("1460323737035677698");

    var sent = net.last();
    assertThat(sent.query("max_results")).isEqualTo("100");
    assertThat(sent.query("tweet.fields")).isEqualTo(TwitterClient.TWEET_FIELDS);
    assertThat(sent.query("expansions")).isEqualTo("author_id");
    assertThat(sent.query("user.fields")).isEqualTo("name,username,profile_image_url");
    assertThat(sent.query("pagination_token")).isNull();
  }

  @Test
  void tweetTextIsDecodedOnceAsTheAuthorTypedIt() { // X entities: X sends & < > escaped
    net.on(
        "GET",
        "/2/users/" + ME + "/mentions",
        200,
        "{\"data\":[{\"id\":\"1460323737035677700\",\"text\":\"@acme_jp &lt;b&gt;bold&lt;/b&gt;"
            + " Q&amp;A &amp;lt;3\",\"created_at\":\"2026-11-21T03:10:00.000Z\","
            + "\"author_id\":\"9911\"}],\"meta\":{\"result_count\":1}}");

    NetworkItem tweet =
        client
            .read(StreamQuery.of(NetworkStream.TWITTER_MENTIONS, TOKEN, ME).withLimit(100))
            .items()
            .get(0);

    assertThat(tweet.text()).isEqualTo("@acme_jp <b>bold</b> Q&A &lt;3");
    assertThat(org.crmsocial.social.stream.control.TweetLength.of(tweet.text()))
        .as("the length counter sees what the author typed")
        .isEqualTo("@acme_jp <b>bold</b> Q&A &lt;3".length());
  }

  @Test
  void timelinesPassTheCursorAsPaginationTokenAndSinceAsSinceId() {
    net.onFixture("GET", "/2/users/" + ME + "/mentions", 200, "twitter/tweets.json");

    StreamPage<NetworkItem> page =
        client.read(
            StreamQuery.of(NetworkStream.TWITTER_MENTIONS, TOKEN, ME)
                .withCursor("7140dibdnow9c7btw3w29")
                .withSince("1460323737035677000"));

    assertThat(page.items()).extracting(NetworkItem::kind).containsExactly(ItemKind.MENTION);
    assertThat(net.last().query("pagination_token")).isEqualTo("7140dibdnow9c7btw3w29");
    assertThat(net.last().query("next_token")).isNull();
    assertThat(net.last().query("since_id")).isEqualTo("1460323737035677000");
  }

  @Test
  void recentSearchTakesTheCursorAsNextToken() {
    net.onFixture("GET", "/2/tweets/search/recent", 200, "twitter/tweets.json");

    client.read(
        StreamQuery.of(NetworkStream.TWITTER_SEARCH, TOKEN, null)
            .withSubject("acme 注文 -is:retweet")
            .withCursor("b26v89c19zqg8o3fo"));

    assertThat(net.last().query("query")).isEqualTo("acme 注文 -is:retweet");
    assertThat(net.last().query("next_token")).isEqualTo("b26v89c19zqg8o3fo");
    assertThat(net.last().query("pagination_token")).isNull();
  }

  @Test
  void aPersonsTweetsByTheirUserId() {
    net.onFixture("GET", "/2/users/9911/tweets", 200, "twitter/tweets.json");

    StreamPage<NetworkItem> page =
        client.read(
            StreamQuery.of(NetworkStream.TWITTER_USER_TWEETS, TOKEN, ME).withSubject("9911"));

    assertThat(page.items()).hasSize(1);
  }

  @Test
  void anEmptyPageHasNoDataAndNoCursor() {
    net.onFixture("GET", "/2/users/" + ME + "/mentions", 200, "twitter/empty.json");

    StreamPage<NetworkItem> page =
        client.read(StreamQuery.of(NetworkStream.TWITTER_MENTIONS, TOKEN, ME));

    assertThat(page.items()).isEmpty();
    assertThat(page.nextCursor()).isNull();
    assertThat(page.newestMarker()).isNull();
  }

  @Test
  void directMessages() {
    net.onFixture("GET", "/2/dm_events", 200, "twitter/dm-events.json");

    StreamPage<NetworkItem> page =
        client.read(
            StreamQuery.of(NetworkStream.TWITTER_DIRECT_MESSAGES, TOKEN, ME)
                .withCursor("dm-cursor"));

    assertThat(page.items())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.externalId()).isEqualTo("1582838223");
              assertThat(m.kind()).isEqualTo(ItemKind.MESSAGE);
              assertThat(m.conversationId()).isEqualTo("9911-2244994945");
              assertThat(m.author().handle()).isEqualTo("jiro_s");
              assertThat(m.text()).isEqualTo("返品したいです");
            });
    assertThat(page.nextCursor()).isEqualTo("…");
    assertThat(net.last().query("dm_event.fields"))
        .isEqualTo("id,text,event_type,created_at,sender_id,dm_conversation_id");
    assertThat(net.last().query("expansions")).isEqualTo("sender_id");
    assertThat(net.last().query("pagination_token")).isEqualTo("dm-cursor");
  }

  @Test
  void tweetReplyRetweetFavouriteAndDirectMessage() {
    net.onFixture("POST", "/2/tweets", 201, "twitter/tweet-created.json")
        .onFixture("POST", "/2/users/" + ME + "/retweets", 200, "twitter/retweeted.json")
        .onFixture("POST", "/2/users/" + ME + "/likes", 200, "twitter/liked.json")
        .onFixture(
            "POST", "/2/dm_conversations/with/9911/messages", 201, "twitter/dm-created.json");

    WriteResult tweet = client.write(new WriteCommand(WriteKind.TWEET, TOKEN, ME, null, "新製品です"));
    assertThat(tweet.externalId()).isEqualTo("1460323737035677699");
    var body = JsonCodec.object(net.last().body()).orElseThrow();
    assertThat(body.getString("text")).isEqualTo("新製品です");
    assertThat(body).doesNotContainKey("reply");
    assertThat(net.last().header("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(net.last().header("Content-Type")).startsWith("application/json");

    client.write(
        new WriteCommand(WriteKind.REPLY, TOKEN, ME, "1460323737035677698", "ご迷惑をおかけしました"));
    body = JsonCodec.object(net.last().body()).orElseThrow();
    assertThat(body.getJsonObject("reply").getString("in_reply_to_tweet_id"))
        .isEqualTo("1460323737035677698");

    assertThat(
            client
                .write(new WriteCommand(WriteKind.RETWEET, TOKEN, ME, "1460323737035677698", null))
                .externalId())
        .isNull();
    assertThat(JsonCodec.object(net.last().body()).orElseThrow().getString("tweet_id"))
        .isEqualTo("1460323737035677698");

    client.write(new WriteCommand(WriteKind.FAVOURITE, TOKEN, ME, "1460323737035677698", null));
    assertThat(net.last().path()).isEqualTo("/2/users/" + ME + "/likes");
    assertThat(JsonCodec.object(net.last().body()).orElseThrow().getString("tweet_id"))
        .isEqualTo("1460323737035677698");

    WriteResult dm =
        client.write(new WriteCommand(WriteKind.DM_REPLY, TOKEN, ME, "9911", "承知しました"));
    assertThat(dm.externalId()).isEqualTo("1582838224");
    assertThat(dm.conversationId()).isEqualTo("9911-2244994945");
    assertThat(JsonCodec.object(net.last().body()).orElseThrow().getString("text"))
        .isEqualTo("承知しました");
  }

  @Test
  void unauthorizedIsTokenExpired() {
    net.onFixture("GET", "/2/users/me", 401, "twitter/error-401.json");

    assertThatThrownBy(() -> client.identity(TOKEN))
        .isInstanceOf(ProviderException.TokenExpired.class);
  }

  @Test
  void forbiddenIsAMissingScopeNamedByTheCall() {
    net.onFixture("POST", "/2/users/" + ME + "/likes", 403, "twitter/error-403.json");

    assertThatThrownBy(
            () -> client.write(new WriteCommand(WriteKind.FAVOURITE, TOKEN, ME, "1", null)))
        .isInstanceOfSatisfying(
            ProviderException.MissingPermission.class,
            e -> assertThat(e.scope()).isEqualTo("like.write"));
  }

  @Test
  void duplicateContentIsABadRequest() {
    net.onFixture("POST", "/2/tweets", 403, "twitter/error-403-duplicate.json");

    assertThatThrownBy(
            () -> client.write(new WriteCommand(WriteKind.TWEET, TOKEN, ME, null, "same")))
        .isInstanceOf(ProviderException.BadRequest.class)
        .hasMessageContaining("duplicate content");
  }

  @Test
  void tooManyRequestsResetsWhenTheHeaderSays() {
    net.onFixture(
        "GET",
        "/2/users/" + ME + "/mentions",
        429,
        "twitter/error-429.json",
        "x-rate-limit-limit",
        "450",
        "x-rate-limit-remaining",
        "0",
        "x-rate-limit-reset",
        "1795146300");

    assertThatThrownBy(() -> client.read(StreamQuery.of(NetworkStream.TWITTER_MENTIONS, TOKEN, ME)))
        .isInstanceOfSatisfying(
            ProviderException.RateLimited.class,
            e -> assertThat(e.resetAt()).isEqualTo(Instant.ofEpochSecond(1795146300)));
  }

  @Test
  void theLegacyRateLimitBodyIsTrustedByStatus() {
    net.onFixture(
        "GET",
        "/2/users/" + ME + "/tweets",
        429,
        "twitter/error-429-legacy.json",
        "x-rate-limit-reset",
        "1795146300");

    assertThatThrownBy(
            () -> client.read(StreamQuery.of(NetworkStream.TWITTER_OWN_TWEETS, TOKEN, ME)))
        .isInstanceOf(ProviderException.RateLimited.class)
        .hasMessageContaining("Rate limit exceeded");
  }

  @Test
  void serverErrorsAreTransient() {
    net.on(
        "GET",
        "/2/users/me",
        503,
        "{\"title\":\"Service"
            + " Unavailable\",\"type\":\"about:blank\",\"status\":503,\"detail\":\"Service"
            + " Unavailable\"}");

    assertThatThrownBy(() -> client.identity(TOKEN))
        .isInstanceOf(ProviderException.Transient.class);
  }

  @Test
  void aServerThatNeverAnswersIsTransient() {
    TwitterClient impatient = new TwitterClient(Fixtures.twitter(net, Duration.ofMillis(300)));
    net.hang("GET", "/2/users/me").hang("POST", "/2/oauth2/token");

    assertThatThrownBy(() -> impatient.identity(TOKEN))
        .isInstanceOf(ProviderException.Transient.class);
    assertThatThrownBy(() -> impatient.refresh("refresh-token-1"))
        .isInstanceOf(ProviderException.Transient.class);
  }

  @Test
  void unknownFieldsAreIgnored() {
    String body =
        Fixtures.read("twitter/tweets.json")
            .replace(
                "\"text\":",
                "\"edit_history_tweet_ids\":[\"1460323737035677698\"],\"lang\":\"ja\",\"text\":")
            .replace("\"meta\":{", "\"meta\":{\"future\":{\"nested\":[true]},");
    net.on("GET", "/2/users/" + ME + "/tweets", 200, body);

    assertThat(client.read(StreamQuery.of(NetworkStream.TWITTER_OWN_TWEETS, TOKEN, ME)).items())
        .hasSize(1);
  }

  static String s256(String verifier) throws Exception {
    byte[] digest =
        MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
  }

  // issue 19 point 18: t.co links expanded
  @Test
  void tweetsAskForEntities() {
    net.onFixture("GET", "/2/users/" + ME + "/mentions", 200, "twitter/tweets.json");

    client.read(StreamQuery.of(NetworkStream.TWITTER_MENTIONS, TOKEN, ME));

    assertThat(List.of(net.last().query("tweet.fields").split(","))).contains("entities");
  }

  // issue 19 point 18: t.co links expanded
  @Test
  void tcoLinksShowTheirDisplayUrlAndLeadToTheExpandedUrl() {
    net.onFixture("GET", "/2/users/" + ME + "/mentions", 200, "twitter/tweets-entities.json");

    NetworkItem tweet =
        client.read(StreamQuery.of(NetworkStream.TWITTER_MENTIONS, TOKEN, ME)).items().get(0);

    assertThat(tweet.text())
        .isEqualTo(
            "@acme_jp is the spring line in? https://acme.example/spring/collection-2026?ref=x &"
                + " https://twitter.com/jiro_s/status/1460323737035677701/photo/1");
    assertThat(tweet.rich().html())
        .isEqualTo(
            "@acme_jp is the spring line in? <a"
                + " href=\"https://acme.example/spring/collection-2026?ref=x\" rel=\"nofollow"
                + " noopener\">acme.example/spring/collect…</a> &amp; <a"
                + " href=\"https://twitter.com/jiro_s/status/1460323737035677701/photo/1\""
                + " rel=\"nofollow noopener\">pic.twitter.com/Ab12Cd34Ef</a>");
    String typed =
        "@acme_jp is the spring line in? https://t.co/yzocNFvJuL & https://t.co/Ab12Cd34Ef";
    assertThat(org.crmsocial.social.stream.control.TweetLength.of(tweet.text()))
        .as("each link still counts as 23 characters")
        .isEqualTo(org.crmsocial.social.stream.control.TweetLength.of(typed));
  }

  // issue 19 point 18: an entity the text lacks, or a javascript: expansion, is not linked
  @Test
  void entitiesThatDoNotMatchOrAreUnsafeAreNotLinked() {
    net.on(
        "GET",
        "/2/users/" + ME + "/mentions",
        200,
        "{\"data\":[{\"id\":\"1\",\"text\":\"a https://t.co/x <b>\",\"entities\":{\"urls\":["
            + "{\"start\":2,\"end\":16,\"url\":\"https://t.co/x\",\"expanded_url\":"
            + "\"javascript:alert(1)\",\"display_url\":\"<i>evil</i>\"},"
            + "{\"start\":40,\"end\":50,\"url\":\"https://t.co/missing\",\"expanded_url\":"
            + "\"https://elsewhere.example\"}]}}],\"meta\":{\"result_count\":1}}");

    NetworkItem tweet =
        client.read(StreamQuery.of(NetworkStream.TWITTER_MENTIONS, TOKEN, ME)).items().get(0);

    assertThat(tweet.rich().html())
        .isEqualTo(
            "a <a href=\"https://t.co/x\" rel=\"nofollow noopener\">&lt;i&gt;evil&lt;/i&gt;</a>"
                + " &lt;b&gt;");
    assertThat(tweet.text()).isEqualTo("a https://t.co/x <b>");
  }

  // issue 19 point 18: a tweet without links has no rich text
  @Test
  void aTweetWithoutLinksHasNoRichText() {
    net.onFixture("GET", "/2/users/" + ME + "/mentions", 200, "twitter/tweets.json");

    NetworkItem tweet =
        client.read(StreamQuery.of(NetworkStream.TWITTER_MENTIONS, TOKEN, ME)).items().get(0);

    assertThat(tweet.rich().isEmpty()).isTrue();
  }
}
