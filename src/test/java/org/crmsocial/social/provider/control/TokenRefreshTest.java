package org.crmsocial.social.provider.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.NetworkStream;
import org.crmsocial.social.provider.model.ProviderException;
import org.crmsocial.social.provider.model.StreamQuery;
import org.crmsocial.social.provider.model.TokenGrant;
import org.crmsocial.social.provider.model.WriteCommand;
import org.crmsocial.social.provider.model.WriteKind;
import org.crmsocial.social.provider.model.WriteResult;
import org.crmsocial.social.settings.control.Credentials;
import org.crmsocial.social.settings.control.LinkStore;
import org.crmsocial.social.settings.control.TokenRefresh;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * issue 19 point 16: expired tokens. Any call made with an account's tokens (a write or a read)
 * answered 401 refreshes once with the refresh token, stores the rotated grant and is sent again
 * with the new token; only a refresh the network refuses (or a network without refresh tokens, or a
 * new token refused again) marks the account as needing re-authorization. The clients are real and
 * speak HTTP to a {@link FakeNetwork} answering as the providers document.
 */
class TokenRefreshTest {

  static final Instant NOW = Instant.parse("2026-11-21T00:00:00Z");
  static final String ME = "2244994945";
  static final long ACCOUNT = 7;

  /** X's refresh answer: a new access token and a new (rotated) refresh token. */
  static final String ROTATED =
      "{\"token_type\":\"bearer\",\"expires_in\":7200,\"access_token\":\"access-2\","
          + "\"scope\":\"tweet.read tweet.write users.read offline.access\","
          + "\"refresh_token\":\"refresh-2\"}";

  FakeNetwork net;

  /** The stored tokens of one account, as LinkStore keeps them. */
  static class Links extends LinkStore {
    Credentials stored;
    final List<TokenGrant> grants = new ArrayList<>();
    String needsReauthorization;

    Links(Credentials stored) {
      this.stored = stored;
    }

    @Override
    public Optional<Credentials> syncCredentials(long accountId) {
      assertThat(accountId).isEqualTo(ACCOUNT);
      return needsReauthorization == null ? Optional.of(stored) : Optional.empty();
    }

    @Override
    public void storeRefreshedGrant(long accountId, TokenGrant grant) {
      grants.add(grant);
      stored =
          new Credentials(
              accountId,
              stored.network(),
              grant.accessToken(),
              grant.refreshToken() == null ? stored.refreshToken() : grant.refreshToken(),
              stored.pageToken());
    }

    @Override
    public void markNeedsReauthorization(long accountId, String why) {
      needsReauthorization = why;
    }
  }

  @BeforeEach
  void start() {
    net = FakeNetwork.start();
  }

  @AfterEach
  void stop() {
    net.close();
  }

  private TwitterClient twitter() {
    return new TwitterClient(
        Fixtures.twitter(net, Duration.ofSeconds(5)), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private static Links twitterLinks() {
    return new Links(new Credentials(ACCOUNT, Network.TWITTER, "expired-access", "refresh-1"));
  }

  private static String path(WriteKind kind) {
    return switch (kind) {
      case TWEET, REPLY -> "/2/tweets";
      case RETWEET -> "/2/users/" + ME + "/retweets";
      case FAVOURITE -> "/2/users/" + ME + "/likes";
      case DM_REPLY -> "/2/dm_conversations/with/9911/messages";
      default -> throw new IllegalArgumentException(kind.name());
    };
  }

  private static String answer(WriteKind kind) {
    return switch (kind) {
      case TWEET, REPLY -> "twitter/tweet-created.json";
      case RETWEET -> "twitter/retweeted.json";
      case FAVOURITE -> "twitter/liked.json";
      case DM_REPLY -> "twitter/dm-created.json";
      default -> throw new IllegalArgumentException(kind.name());
    };
  }

  private static WriteCommand command(WriteKind kind, String token) {
    String target =
        switch (kind) {
          case TWEET -> null;
          case DM_REPLY -> "9911";
          default -> "1460323737035677698";
        };
    boolean hasText = kind != WriteKind.RETWEET && kind != WriteKind.FAVOURITE;
    String text = hasText ? "ご連絡ありがとうございます" : null;
    return new WriteCommand(kind, token, ME, target, text);
  }

  // issue 19 point 16: a write with an expired X token
  @ParameterizedTest
  @EnumSource(
      value = WriteKind.class,
      names = {"TWEET", "REPLY", "DM_REPLY", "FAVOURITE", "RETWEET"})
  void anExpiredTwitterTokenIsRefreshedOnceAndTheWriteSentAgainWithTheNewToken(WriteKind kind) {
    TwitterClient client = twitter();
    net.onFixture("POST", path(kind), 401, "twitter/error-401.json")
        .onFixture("POST", path(kind), kind == WriteKind.TWEET ? 201 : 200, answer(kind))
        .on("POST", "/2/oauth2/token", 200, ROTATED);
    Links links = twitterLinks();

    WriteResult result =
        TokenRefresh.of(links, client)
            .call(links.stored, tokens -> client.write(command(kind, tokens.accessToken())));

    assertThat(result).isNotNull();
    List<FakeNetwork.Request> writes =
        net.requests().stream().filter(r -> r.path().equals(path(kind))).toList();
    assertThat(writes).hasSize(2);
    assertThat(writes.get(0).header("Authorization")).isEqualTo("Bearer expired-access");
    assertThat(writes.get(1).header("Authorization")).isEqualTo("Bearer access-2");
    FakeNetwork.Request refresh = net.last("POST", "/2/oauth2/token");
    assertThat(refresh.form("grant_type")).isEqualTo("refresh_token");
    assertThat(refresh.form("refresh_token")).isEqualTo("refresh-1");
    assertThat(links.grants).as("one refresh, stored").hasSize(1);
    assertThat(links.stored.refreshToken()).as("the rotated refresh token").isEqualTo("refresh-2");
    assertThat(links.stored.accessToken()).isEqualTo("access-2");
    assertThat(links.needsReauthorization).as("no re-authorization").isNull();
  }

  // issue 19 point 16: reads too (Twitter mentions)
  @Test
  void aReadWithAnExpiredTokenIsRefreshedAndReadAgain() {
    TwitterClient client = twitter();
    net.onFixture("GET", "/2/users/" + ME + "/mentions", 401, "twitter/error-401.json")
        .onFixture("GET", "/2/users/" + ME + "/mentions", 200, "twitter/tweets.json")
        .on("POST", "/2/oauth2/token", 200, ROTATED);
    Links links = twitterLinks();

    var page =
        TokenRefresh.of(links, client)
            .call(
                links.stored,
                tokens ->
                    client.read(
                        StreamQuery.of(NetworkStream.TWITTER_MENTIONS, tokens.accessToken(), ME)));

    assertThat(page.items()).isNotEmpty();
    assertThat(net.last("GET", "/2/users/" + ME + "/mentions").header("Authorization"))
        .isEqualTo("Bearer access-2");
    assertThat(links.needsReauthorization).isNull();
  }

  // issue 19 point 16: only a failed refresh asks for re-authorization
  @Test
  void aRefusedRefreshMarksTheAccountAndTheWriteIsNotSentAgain() {
    TwitterClient client = twitter();
    net.onFixture("POST", "/2/tweets", 401, "twitter/error-401.json")
        .on(
            "POST",
            "/2/oauth2/token",
            400,
            "{\"error\":\"invalid_request\",\"error_description\":\"Value passed for the token was"
                + " invalid.\"}");
    Links links = twitterLinks();

    assertThatThrownBy(
            () ->
                TokenRefresh.of(links, client)
                    .call(
                        links.stored,
                        tokens -> client.write(command(WriteKind.TWEET, tokens.accessToken()))))
        .isInstanceOf(ProviderException.TokenExpired.class);

    assertThat(net.requests().stream().filter(r -> r.path().equals("/2/tweets"))).hasSize(1);
    assertThat(links.needsReauthorization).isNotNull().doesNotContain("refresh-1");
    assertThat(links.grants).isEmpty();
  }

  // issue 19 point 16: a new token refused again is a dead link, with one refresh only
  @Test
  void aNewTokenRefusedAgainMarksTheAccountAfterOneRefresh() {
    TwitterClient client = twitter();
    net.onFixture("POST", "/2/tweets", 401, "twitter/error-401.json")
        .on("POST", "/2/oauth2/token", 200, ROTATED);
    Links links = twitterLinks();

    assertThatThrownBy(
            () ->
                TokenRefresh.of(links, client)
                    .call(
                        links.stored,
                        tokens -> client.write(command(WriteKind.TWEET, tokens.accessToken()))))
        .isInstanceOf(ProviderException.TokenExpired.class);

    assertThat(net.requests().stream().filter(r -> r.path().equals("/2/oauth2/token"))).hasSize(1);
    assertThat(net.requests().stream().filter(r -> r.path().equals("/2/tweets"))).hasSize(2);
    assertThat(links.needsReauthorization).isNotNull();
  }

  // issue 19 point 16: the sync and a write racing on the rotating refresh token
  @Test
  void whenAnotherCallRotatedTheRefreshTokenFirstItsStoredTokensAreUsed() {
    TwitterClient client = twitter();
    net.onFixture("POST", "/2/tweets", 401, "twitter/error-401.json")
        .onFixture("POST", "/2/tweets", 201, "twitter/tweet-created.json")
        .on("POST", "/2/oauth2/token", 400, "{\"error\":\"invalid_request\"}");
    Links links = twitterLinks();
    Credentials used = links.stored;
    // The sync refreshes between this call's first attempt and its refresh.
    Links racing =
        new Links(used) {
          int reads;

          @Override
          public Optional<Credentials> syncCredentials(long accountId) {
            if (++reads == 2) {
              stored = new Credentials(ACCOUNT, Network.TWITTER, "sync-access", "sync-refresh");
            }
            return super.syncCredentials(accountId);
          }
        };

    WriteResult result =
        TokenRefresh.of(racing, client)
            .call(used, tokens -> client.write(command(WriteKind.TWEET, tokens.accessToken())));

    assertThat(result.externalId()).isEqualTo("1460323737035677699");
    assertThat(net.last("POST", "/2/tweets").header("Authorization"))
        .isEqualTo("Bearer sync-access");
    assertThat(racing.needsReauthorization).isNull();
  }

  // issue 19 point 16: same class on Google (refresh token kept when none comes back)
  @Test
  void anExpiredGoogleTokenIsRefreshedAndThePostSentAgain() {
    GooglePlusClient client =
        new GooglePlusClient(
            Fixtures.google(net, Duration.ofSeconds(5)), Clock.fixed(NOW, ZoneOffset.UTC));
    String created =
        "{\"kind\":\"plus#activity\",\"id\":\"z12new\",\"published\":\"2026-11-21T05:00:00.000Z\","
            + "\"actor\":{\"id\":\"1065\",\"displayName\":\"Acme Japan\"},\"verb\":\"post\","
            + "\"object\":{\"objectType\":\"note\",\"content\":\"新店舗\"}}";
    net.onFixture("POST", "/plusPages/v2/people/1065/activities", 401, "google/error-auth.json")
        .on("POST", "/plusPages/v2/people/1065/activities", 200, created)
        .on(
            "POST",
            "/oauth2/token",
            200,
            "{\"access_token\":\"ya29.fresh\",\"expires_in\":3599,\"token_type\":\"Bearer\"}");
    Links links =
        new Links(new Credentials(ACCOUNT, Network.GOOGLE_PLUS, "ya29.old", "1//refresh"));

    WriteResult result =
        TokenRefresh.of(links, client)
            .call(
                links.stored,
                tokens ->
                    client.write(
                        new WriteCommand(
                            WriteKind.POST, tokens.accessToken(), "1065", null, "新店舗")));

    assertThat(result.externalId()).isEqualTo("z12new");
    assertThat(net.last("POST", "/plusPages/v2/people/1065/activities").header("Authorization"))
        .isEqualTo("Bearer ya29.fresh");
    assertThat(net.last("POST", "/oauth2/token").form("refresh_token")).isEqualTo("1//refresh");
    assertThat(links.stored.refreshToken()).isEqualTo("1//refresh");
    assertThat(links.needsReauthorization).isNull();
  }

  // issue 19 point 16: Facebook has no refresh token: re-authorization at once, no refresh call
  @Test
  void facebookHasNothingToRefreshAndAsksForReauthorizationAtOnce() {
    FacebookClient client =
        new FacebookClient(
            Fixtures.facebook(net, Duration.ofSeconds(5)), Clock.fixed(NOW, ZoneOffset.UTC));
    net.onFixture("POST", "/v25.0/1049/feed", 400, "facebook/error-token-expired.json");
    Links links =
        new Links(new Credentials(ACCOUNT, Network.FACEBOOK, "EAAB-user", null, "EAAP-page"));

    assertThatThrownBy(
            () ->
                TokenRefresh.of(links, client)
                    .call(
                        links.stored,
                        tokens ->
                            client.write(
                                new WriteCommand(
                                    WriteKind.POST, tokens.pageToken(), "1049", null, "お知らせ"))))
        .isInstanceOf(ProviderException.TokenExpired.class);

    assertThat(net.requests()).hasSize(1);
    assertThat(links.needsReauthorization).isNotNull();
  }
}
