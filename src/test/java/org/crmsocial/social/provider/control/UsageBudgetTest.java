package org.crmsocial.social.provider.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.NetworkStream;
import org.crmsocial.social.provider.model.ProviderException;
import org.crmsocial.social.provider.model.RateBudget;
import org.crmsocial.social.provider.model.StreamPage;
import org.crmsocial.social.provider.model.StreamQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The usage headers the networks send (PROVIDERS.md), read by the real clients from a {@link
 * FakeNetwork}: how long a Facebook throttle lasts (issue 19 point 14) and what a page that went
 * through says of the budget left (issue 19 point 17).
 */
class UsageBudgetTest {

  static final Instant NOW = Instant.parse("2026-11-21T00:00:00Z");
  static final String FEED = "/v25.0/1049/feed";
  static final String EMPTY_FEED = "{\"data\":[],\"paging\":{}}";

  FakeNetwork net;
  FacebookClient facebook;
  TwitterClient twitter;

  @BeforeEach
  void start() {
    net = FakeNetwork.start();
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    facebook = new FacebookClient(Fixtures.facebook(net, Duration.ofSeconds(5)), clock);
    twitter = new TwitterClient(Fixtures.twitter(net, Duration.ofSeconds(5)), clock);
  }

  @AfterEach
  void stop() {
    net.close();
  }

  private ProviderException.RateLimited throttled(String... headers) {
    net.on("GET", FEED, 400, FacebookClientTest.facebookError(32, null, "limit reached"), headers);
    ProviderException.RateLimited[] caught = new ProviderException.RateLimited[1];
    assertThatThrownBy(() -> readFeed())
        .isInstanceOfSatisfying(ProviderException.RateLimited.class, e -> caught[0] = e);
    return caught[0];
  }

  private StreamPage<?> readFeed() {
    return facebook.read(StreamQuery.of(NetworkStream.FACEBOOK_PAGE_FEED, "EAAP-page", "1049"));
  }

  private static String businessUsage(int percent, int minutes) {
    return "{\"1049\":[{\"type\":\"pages\",\"call_count\":"
        + percent
        + ",\"total_cputime\":10,\"total_time\":10,\"estimated_time_to_regain_access\":"
        + minutes
        + "}]}";
  }

  private static String usage(int percent) {
    return "{\"call_count\":" + percent + ",\"total_cputime\":10,\"total_time\":10}";
  }

  // issue 19 point 14: a throttle ends when Facebook says, to the minute (0 is now)
  @Test
  void aThrottleWhoseAccessIsRegainedNowEndsNow() {
    ProviderException.RateLimited e =
        throttled("X-Business-Use-Case-Usage", businessUsage(100, 0), "X-App-Usage", usage(100));

    assertThat(e.resetAt()).isEqualTo(NOW);
  }

  // issue 19 point 14: X-App-Usage honoured when it is all there is
  @Test
  void aThrottleWithOnlyTheAppUsageWaitsItsPauseNotTheBlindDefault() {
    ProviderException.RateLimited e = throttled("X-App-Usage", usage(100));

    assertThat(e.resetAt()).isEqualTo(NOW.plus(UsageHeaders.LONGEST_PAUSE));
    assertThat(UsageHeaders.LONGEST_PAUSE).isLessThan(ErrorTranslator.DEFAULT_RATE_LIMIT_WAIT);
  }

  // issue 19 point 14: the longest time to regain access of any entry
  @Test
  void theLongestTimeToRegainAccessCounts() {
    ProviderException.RateLimited e =
        throttled(
            "X-Business-Use-Case-Usage",
            "{\"1049\":[{\"type\":\"pages\",\"call_count\":100,\"estimated_time_to_regain_access\":2},"
                + "{\"type\":\"messenger\",\"call_count\":40,\"estimated_time_to_regain_access\":4}]}");

    assertThat(e.resetAt()).isEqualTo(NOW.plus(Duration.ofMinutes(4)));
  }

  // issue 19 point 17: X-App-Usage is read on every answer; above 80 the account slows down
  @Test
  void aFacebookAnswerAboveEightyPercentPausesTheAccount() {
    net.on("GET", FEED, 200, EMPTY_FEED, "X-App-Usage", usage(90), "X-Page-Usage", usage(20));

    RateBudget budget = readFeed().budget();

    assertThat(budget.accountWide()).isTrue();
    assertThat(budget.pauseUntil())
        .isAfter(NOW.plus(UsageHeaders.SHORTEST_PAUSE))
        .isBefore(NOW.plus(UsageHeaders.LONGEST_PAUSE));
  }

  // issue 19 point 17: the page usage counts too
  @Test
  void thePageUsageCountsToo() {
    net.on("GET", FEED, 200, EMPTY_FEED, "X-App-Usage", usage(10), "X-Page-Usage", usage(100));

    assertThat(readFeed().budget().pauseUntil()).isEqualTo(NOW.plus(UsageHeaders.LONGEST_PAUSE));
  }

  // issue 19 point 17: a business use case's time to regain access, on an answer that went through
  @Test
  void aTimeToRegainAccessOnASuccessfulAnswerPausesTillThen() {
    net.on("GET", FEED, 200, EMPTY_FEED, "X-Business-Use-Case-Usage", businessUsage(50, 3));

    assertThat(readFeed().budget().pauseUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(3)));
  }

  @Test
  void aFacebookAnswerWithLittleUsageDoesNotPause() {
    net.on("GET", FEED, 200, EMPTY_FEED, "X-App-Usage", usage(80));

    assertThat(readFeed().budget()).isEqualTo(RateBudget.NONE);
  }

  private RateBudget mentionsWith(long limit, long remaining, Instant reset) {
    net.on(
        "GET",
        "/2/users/2244994945/mentions",
        200,
        "{\"meta\":{\"result_count\":0}}",
        "x-rate-limit-limit",
        String.valueOf(limit),
        "x-rate-limit-remaining",
        String.valueOf(remaining),
        "x-rate-limit-reset",
        String.valueOf(reset.getEpochSecond()));
    return twitter
        .read(StreamQuery.of(NetworkStream.TWITTER_MENTIONS, "bWRj", "2244994945"))
        .budget();
  }

  // issue 19 point 17: x-rate-limit-remaining is read before X refuses
  @Test
  void anXWindowWithOneCallLeftWaitsForItsReset() {
    Instant reset = NOW.plusSeconds(600);

    RateBudget budget = mentionsWith(180, 1, reset);

    assertThat(budget.pauseUntil()).isEqualTo(reset);
    assertThat(budget.accountWide()).as("X's windows are per endpoint").isFalse();
  }

  // issue 19 point 17: with less than a tenth left, the calls left are spread to the reset
  @Test
  void anXWindowRunningLowSpreadsTheCallsLeft() {
    RateBudget budget = mentionsWith(180, 10, NOW.plusSeconds(600));

    assertThat(budget.pauseUntil()).isEqualTo(NOW.plusSeconds(60));
  }

  @Test
  void anXWindowWithPlentyLeftDoesNotPause() {
    assertThat(mentionsWith(180, 150, NOW.plusSeconds(600))).isEqualTo(RateBudget.NONE);
  }

  // issue 19 point 17: every time a user reads is in the page's zone (Asia/Tokyo), never UTC
  @Test
  void aRateLimitMessageShowsItsResetTimeInThePagesZone() {
    ProviderException.RateLimited e =
        new ProviderException.RateLimited(
            Network.TWITTER,
            Instant.parse("2026-11-21T03:15:00Z"),
            new ProviderException.Detail(429, null, "Too Many Requests"));

    assertThat(e.getMessage()).contains("2026-11-21 12:15:00").doesNotContain("03:15");
    assertThat(e.args()[2]).isEqualTo("2026-11-21 12:15:00");
  }
}
