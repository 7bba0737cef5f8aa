package org.crmsocial.social.provider.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.crmsocial.it.settings.SandboxConsent;
import org.crmsocial.social.provider.model.AuthorizationRequest;
import org.crmsocial.social.provider.model.ItemKind;
import org.crmsocial.social.provider.model.Network;
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
import org.crmsocial.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The product's own clients, configured the way the server configures them with the sandbox on
 * ({@link ProviderConfiguration}), against the sandbox networks the test server serves, over real
 * HTTP (issue 4): sign-in and token exchange, every synced stream read page by page with its
 * cursors, every write seen in the next read, and each injected fault reaching the caller as its
 * typed {@link ProviderException}. These are the reads and writes behind S-8, S-12 and S-14.
 */
@ExtendWith(ArquillianExtension.class)
class ProviderClientsSandboxIT {

  private static final Duration READ_TIMEOUT = Duration.ofSeconds(2);
  private static final String BRAND = "brand@acme.example";
  private static final String FACEBOOK_PAGE = "1049";
  private static final String TWITTER_BRAND = "2244994945";
  private static final String GOOGLE_PAGE = "1065";
  private static final int PAGE_SIZE = 20;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.productWar();
  }

  @ArquillianResource URL base;

  private Map<Network, SocialNetworkClient> clients;

  @BeforeEach
  void clientsAsTheServerBuildsThem() {
    Map<String, String> keys =
        Map.of(
            "crmsocial.sandbox.enabled", "true",
            "http.port", String.valueOf(base.getPort()),
            "crmsocial.http.read-timeout", READ_TIMEOUT.toString());
    Map<Network, ClientSettings> settings =
        ProviderConfiguration.resolve(key -> Optional.ofNullable(keys.get(key))).settings();
    clients = new EnumMap<>(Network.class);
    clients.put(Network.FACEBOOK, new FacebookClient(settings.get(Network.FACEBOOK)));
    clients.put(Network.TWITTER, new TwitterClient(settings.get(Network.TWITTER)));
    clients.put(Network.GOOGLE_PLUS, new GooglePlusClient(settings.get(Network.GOOGLE_PLUS)));
    for (String network : List.of("facebook", "twitter", "google")) {
      admin("DELETE", network + "/_admin/faults", null);
      admin("POST", network + "/_admin/activity", "{\"count\":40}");
    }
  }

  // ------------------------------------------------------------------ reads

  @Test
  void facebookFeedAndConversationsArePagedByCursorWithoutDuplicates() { // S-8
    String page = facebookPageToken();
    List<NetworkItem> feed = readAll(query(NetworkStream.FACEBOOK_PAGE_FEED, page, FACEBOOK_PAGE));
    assertThat(feed).extracting(NetworkItem::kind).contains(ItemKind.POST);
    List<NetworkItem> messages =
        readAll(query(NetworkStream.FACEBOOK_CONVERSATIONS, page, FACEBOOK_PAGE));
    assertThat(messages).allSatisfy(m -> assertThat(m.kind()).isEqualTo(ItemKind.MESSAGE));
    assertThat(messages).allSatisfy(m -> assertThat(m.conversationId()).isNotBlank());
    // A conversation's message count, and all its messages from its messages edge, page by page
    // (issue 6: Facebook shows only the latest 20 with the conversation).
    Map.Entry<String, Long> counted =
        readPage(query(NetworkStream.FACEBOOK_CONVERSATIONS, page, FACEBOOK_PAGE))
            .threadSizes()
            .entrySet()
            .iterator()
            .next();
    List<NetworkItem> thread =
        readAll(
            StreamQuery.of(NetworkStream.FACEBOOK_CONVERSATION_MESSAGES, page, FACEBOOK_PAGE)
                .withSubject(counted.getKey())
                .withLimit(2));
    assertThat(thread)
        .hasSize(counted.getValue().intValue())
        .allSatisfy(m -> assertThat(m.conversationId()).isEqualTo(counted.getKey()));
    NetworkItem commented =
        feed.stream().filter(i -> i.counts().replies() > 0).findFirst().orElseThrow();
    List<NetworkItem> comments =
        readAll(
            query(NetworkStream.FACEBOOK_COMMENTS, page, null).withSubject(commented.externalId()));
    assertThat(comments)
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.kind()).isEqualTo(ItemKind.COMMENT));
  }

  @Test
  void twitterOwnTweetsMentionsAndDirectMessagesArePagedByCursorWithoutDuplicates() { // S-12
    String token = twitterToken();
    assertThat(readAll(query(NetworkStream.TWITTER_OWN_TWEETS, token, TWITTER_BRAND))).isNotEmpty();
    List<NetworkItem> mentions =
        readAll(query(NetworkStream.TWITTER_MENTIONS, token, TWITTER_BRAND));
    assertThat(mentions).allSatisfy(m -> assertThat(m.author().id()).isNotEqualTo(TWITTER_BRAND));
    List<NetworkItem> dms =
        readAll(query(NetworkStream.TWITTER_DIRECT_MESSAGES, token, TWITTER_BRAND));
    assertThat(dms).allSatisfy(m -> assertThat(m.kind()).isEqualTo(ItemKind.MESSAGE));
  }

  @Test
  void googleActivitiesAndCommentsArePagedByCursorWithoutDuplicates() { // S-14
    String token = googleToken();
    List<NetworkItem> activities =
        readAll(query(NetworkStream.GOOGLE_PAGE_ACTIVITIES, token, GOOGLE_PAGE));
    assertThat(activities).extracting(NetworkItem::kind).containsOnly(ItemKind.POST);
    NetworkItem commented =
        activities.stream().filter(i -> i.counts().replies() > 0).findFirst().orElseThrow();
    List<NetworkItem> comments =
        readAll(
            query(NetworkStream.GOOGLE_ACTIVITY_COMMENTS, token, GOOGLE_PAGE)
                .withSubject(commented.externalId()));
    assertThat(comments)
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.parentId()).isEqualTo(commented.externalId()));
  }

  // ------------------------------------------------------------------ writes

  @Test
  void eachFacebookWriteAppearsInTheNextRead() { // S-8
    SocialNetworkClient facebook = clients.get(Network.FACEBOOK);
    String page = facebookPageToken();
    String text = "Post " + UUID.randomUUID();
    WriteResult post =
        facebook.write(new WriteCommand(WriteKind.POST, page, FACEBOOK_PAGE, null, text));
    NetworkItem posted =
        find(query(NetworkStream.FACEBOOK_PAGE_FEED, page, FACEBOOK_PAGE), post.externalId());
    assertThat(posted.text()).isEqualTo(text);
    assertThat(posted.counts().likes()).isZero();

    WriteResult comment =
        facebook.write(
            new WriteCommand(
                WriteKind.COMMENT,
                page,
                FACEBOOK_PAGE,
                post.externalId(),
                "Thanks! " + UUID.randomUUID()));
    NetworkItem commented =
        find(
            query(NetworkStream.FACEBOOK_COMMENTS, page, null).withSubject(post.externalId()),
            comment.externalId());
    assertThat(commented.text()).startsWith("Thanks! ");

    assertThat(
            facebook
                .write(
                    new WriteCommand(WriteKind.LIKE, page, FACEBOOK_PAGE, post.externalId(), null))
                .externalId())
        .isNull();
    NetworkItem liked =
        find(query(NetworkStream.FACEBOOK_PAGE_FEED, page, FACEBOOK_PAGE), post.externalId());
    assertThat(liked.counts().likes()).isEqualTo(1);
    assertThat(liked.counts().replies()).isEqualTo(1);

    NetworkItem incoming =
        readAll(query(NetworkStream.FACEBOOK_CONVERSATIONS, page, FACEBOOK_PAGE)).stream()
            .filter(m -> m.author() != null && !FACEBOOK_PAGE.equals(m.author().id()))
            .findFirst()
            .orElseThrow();
    String reply = "Reply " + UUID.randomUUID();
    WriteResult sent =
        facebook.write(
            new WriteCommand(
                WriteKind.MESSAGE_REPLY, page, FACEBOOK_PAGE, incoming.author().id(), reply));
    NetworkItem message =
        find(query(NetworkStream.FACEBOOK_CONVERSATIONS, page, FACEBOOK_PAGE), sent.externalId());
    assertThat(message.text()).isEqualTo(reply);
    assertThat(message.conversationId()).isEqualTo(incoming.conversationId());
  }

  @Test
  void eachTwitterWriteAppearsInTheNextRead() { // S-12
    SocialNetworkClient twitter = clients.get(Network.TWITTER);
    String token = twitterToken();
    String text = "Tweet " + UUID.randomUUID();
    WriteResult tweet =
        twitter.write(new WriteCommand(WriteKind.TWEET, token, TWITTER_BRAND, null, text));
    NetworkItem tweeted =
        find(query(NetworkStream.TWITTER_OWN_TWEETS, token, TWITTER_BRAND), tweet.externalId());
    assertThat(tweeted.text()).isEqualTo(text);
    assertThat(tweeted.kind()).isEqualTo(ItemKind.TWEET);

    NetworkItem mention =
        readPage(query(NetworkStream.TWITTER_MENTIONS, token, TWITTER_BRAND)).items().get(0);
    long likesBefore = mention.counts().likes();
    WriteResult reply =
        twitter.write(
            new WriteCommand(
                WriteKind.REPLY,
                token,
                TWITTER_BRAND,
                mention.externalId(),
                "Thank you! " + UUID.randomUUID()));
    NetworkItem replied =
        find(query(NetworkStream.TWITTER_OWN_TWEETS, token, TWITTER_BRAND), reply.externalId());
    assertThat(replied.kind()).isEqualTo(ItemKind.REPLY);
    assertThat(replied.parentId()).isEqualTo(mention.externalId());

    long retweetsBefore =
        find(query(NetworkStream.TWITTER_MENTIONS, token, TWITTER_BRAND), mention.externalId())
            .counts()
            .shares();
    twitter.write(
        new WriteCommand(WriteKind.RETWEET, token, TWITTER_BRAND, mention.externalId(), null));
    assertThat(
            find(query(NetworkStream.TWITTER_MENTIONS, token, TWITTER_BRAND), mention.externalId())
                .counts()
                .shares())
        .as("the retweet counts on the tweet")
        .isEqualTo(retweetsBefore + 1);

    twitter.write(
        new WriteCommand(WriteKind.FAVOURITE, token, TWITTER_BRAND, mention.externalId(), null));
    assertThat(
            find(query(NetworkStream.TWITTER_MENTIONS, token, TWITTER_BRAND), mention.externalId())
                .counts()
                .likes())
        .isEqualTo(likesBefore + 1);

    NetworkItem dm =
        readAll(query(NetworkStream.TWITTER_DIRECT_MESSAGES, token, TWITTER_BRAND)).stream()
            .filter(m -> m.author() != null && !TWITTER_BRAND.equals(m.author().id()))
            .findFirst()
            .orElseThrow();
    String answer = "DM " + UUID.randomUUID();
    WriteResult sent =
        twitter.write(
            new WriteCommand(WriteKind.DM_REPLY, token, TWITTER_BRAND, dm.author().id(), answer));
    NetworkItem message =
        find(query(NetworkStream.TWITTER_DIRECT_MESSAGES, token, TWITTER_BRAND), sent.externalId());
    assertThat(message.text()).isEqualTo(answer);
    assertThat(message.conversationId()).isEqualTo(sent.conversationId());
  }

  @Test
  void eachGooglePlusWriteAppearsInTheNextRead() { // S-14
    SocialNetworkClient google = clients.get(Network.GOOGLE_PLUS);
    String token = googleToken();
    String text = "Activity " + UUID.randomUUID();
    WriteResult post =
        google.write(new WriteCommand(WriteKind.POST, token, GOOGLE_PAGE, null, text));
    NetworkItem posted =
        find(query(NetworkStream.GOOGLE_PAGE_ACTIVITIES, token, GOOGLE_PAGE), post.externalId());
    assertThat(posted.text()).isEqualTo(text);
    assertThat(posted.counts().replies()).isZero();

    WriteResult comment =
        google.write(
            new WriteCommand(
                WriteKind.COMMENT,
                token,
                GOOGLE_PAGE,
                post.externalId(),
                "よろしくお願いします " + UUID.randomUUID()));
    NetworkItem commented =
        find(
            query(NetworkStream.GOOGLE_ACTIVITY_COMMENTS, token, GOOGLE_PAGE)
                .withSubject(post.externalId()),
            comment.externalId());
    assertThat(commented.text()).startsWith("よろしくお願いします ");
    assertThat(
            find(query(NetworkStream.GOOGLE_PAGE_ACTIVITIES, token, GOOGLE_PAGE), post.externalId())
                .counts()
                .replies())
        .isEqualTo(1);
  }

  // ------------------------------------------------------------------ faults

  // issue 19 points 10, 11, 18: what posts share, as the sandbox serves it and the clients read it
  @Test
  void linksAndRichTextReadBackAsEachNetworkServesThem() {
    String link = "https://acme.example/p/" + UUID.randomUUID();
    String page = facebookPageToken();
    WriteResult shared =
        clients
            .get(Network.FACEBOOK)
            .write(new WriteCommand(WriteKind.POST, page, FACEBOOK_PAGE, null, link));
    NetworkItem post =
        find(query(NetworkStream.FACEBOOK_PAGE_FEED, page, FACEBOOK_PAGE), shared.externalId());
    assertThat(post.text()).as("a link alone has no message, a story").endsWith("shared a link.");
    assertThat(post.rich().attachment().url()).isEqualTo(link);
    assertThat(post.rich().attachment().title()).isEqualTo("acme.example");

    String token = twitterToken();
    String typed = "Read " + link + " & more";
    WriteResult tweet =
        clients
            .get(Network.TWITTER)
            .write(new WriteCommand(WriteKind.TWEET, token, TWITTER_BRAND, null, typed));
    NetworkItem tweeted =
        find(query(NetworkStream.TWITTER_OWN_TWEETS, token, TWITTER_BRAND), tweet.externalId());
    assertThat(tweeted.text()).as("the t.co address expanded").isEqualTo(typed);
    assertThat(tweeted.rich().html())
        .startsWith("Read <a href=\"" + link + "\" rel=\"nofollow noopener\">acme.example/p/")
        .endsWith("…</a> &amp; more");

    String google = googleToken();
    String rich = "*Bold* & " + link;
    WriteResult activity =
        clients
            .get(Network.GOOGLE_PLUS)
            .write(new WriteCommand(WriteKind.POST, google, GOOGLE_PAGE, null, rich));
    NetworkItem posted =
        find(
            query(NetworkStream.GOOGLE_PAGE_ACTIVITIES, google, GOOGLE_PAGE),
            activity.externalId());
    assertThat(posted.text()).isEqualTo(rich);
    assertThat(posted.rich().html())
        .isEqualTo(
            "<b>Bold</b> &amp; <a href=\""
                + link
                + "\" rel=\"nofollow noopener\">"
                + link
                + "</a>");
  }

  @Test
  void eachInjectedFaultReachesTheCallerAsItsTypedFailure() {
    String facebookPage = facebookPageToken();
    String twitter = twitterToken();
    String google = googleToken();
    Map<Network, Supplier<StreamPage<NetworkItem>>> reads =
        Map.of(
            Network.FACEBOOK,
                () ->
                    readPage(query(NetworkStream.FACEBOOK_PAGE_FEED, facebookPage, FACEBOOK_PAGE)),
            Network.TWITTER,
                () -> readPage(query(NetworkStream.TWITTER_MENTIONS, twitter, TWITTER_BRAND)),
            Network.GOOGLE_PLUS,
                () -> readPage(query(NetworkStream.GOOGLE_PAGE_ACTIVITIES, google, GOOGLE_PAGE)));
    Map<String, Class<? extends ProviderException>> kinds =
        Map.of(
            "HTTP_500", ProviderException.Transient.class,
            "RATE_LIMIT", ProviderException.RateLimited.class,
            "TOKEN_EXPIRED", ProviderException.TokenExpired.class);
    for (Network network : List.of(Network.FACEBOOK, Network.TWITTER, Network.GOOGLE_PLUS)) {
      for (Map.Entry<String, Class<? extends ProviderException>> kind : kinds.entrySet()) {
        fault(network, kind.getKey());
        assertThatThrownBy(() -> reads.get(network).get())
            .as(network + " " + kind.getKey())
            .isInstanceOf(kind.getValue())
            .satisfies(e -> assertThat(((ProviderException) e).network()).isEqualTo(network));
        assertThat(reads.get(network).get().items())
            .as(network + ": the next call succeeds")
            .isNotEmpty();
      }
    }
    fault(Network.TWITTER, "RATE_LIMIT");
    assertThatThrownBy(() -> reads.get(Network.TWITTER).get())
        .isInstanceOfSatisfying(
            ProviderException.RateLimited.class,
            e ->
                assertThat(e.resetAt())
                    .as("the reset time from x-rate-limit-reset")
                    .isAfter(Instant.now().minusSeconds(5)));
  }

  @Test
  void aTimeoutFaultReachesTheCallerAsTransientWithinTheReadTimeout() {
    String twitter = twitterToken();
    String google = googleToken();
    String facebookPage = facebookPageToken();
    Map<Network, Runnable> calls =
        Map.of(
            Network.FACEBOOK,
                () ->
                    clients
                        .get(Network.FACEBOOK)
                        .write(
                            new WriteCommand(
                                WriteKind.POST, facebookPage, FACEBOOK_PAGE, null, "never")),
            Network.TWITTER,
                () -> readPage(query(NetworkStream.TWITTER_OWN_TWEETS, twitter, TWITTER_BRAND)),
            Network.GOOGLE_PLUS, () -> clients.get(Network.GOOGLE_PLUS).identity(google));
    for (Map.Entry<Network, Runnable> call : calls.entrySet()) {
      fault(call.getKey(), "TIMEOUT");
      long started = System.nanoTime();
      assertThatThrownBy(call.getValue()::run)
          .as(call.getKey().toString())
          .isInstanceOf(ProviderException.Transient.class);
      // The sandbox holds the answer for 30 s; the client gives up at its 2 s read timeout.
      assertThat(Duration.ofNanos(System.nanoTime() - started))
          .as(call.getKey().toString())
          .isLessThan(Duration.ofSeconds(20));
    }
  }

  // ------------------------------------------------------------------ helpers

  /** The first page of a stream; conversations 3 at a time, as the sandbox has fewer than 20. */
  private static StreamQuery query(NetworkStream stream, String token, String owner) {
    return StreamQuery.of(stream, token, owner)
        .withLimit(stream == NetworkStream.FACEBOOK_CONVERSATIONS ? 3 : PAGE_SIZE);
  }

  private StreamPage<NetworkItem> readPage(StreamQuery query) {
    return clients.get(query.stream().network()).read(query);
  }

  /**
   * Every page of a stream, following the cursors to the end: no item twice, no page over its
   * limit, and a synced stream in more than one page (the sandbox holds more than a page of each).
   */
  private List<NetworkItem> readAll(StreamQuery first) {
    List<NetworkItem> all = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    StreamQuery query = first;
    int pages = 0;
    while (true) {
      StreamPage<NetworkItem> page = readPage(query);
      pages++;
      assertThat(pageSize(first.stream(), page))
          .as(first.stream() + ": page size")
          .isLessThanOrEqualTo(first.limit());
      for (NetworkItem item : page.items()) {
        assertThat(seen.add(item.externalId()))
            .as(first.stream() + ": " + item.externalId() + " read twice")
            .isTrue();
        all.add(item);
      }
      if (!page.hasNext()) {
        break;
      }
      assertThat(page.items()).as("a page with a cursor has items").isNotEmpty();
      assertThat(pages).as(first.stream() + ": cursor loop").isLessThan(1_000);
      query = query.withCursor(page.nextCursor());
    }
    if (first.stream().synced()) {
      assertThat(pages).as(first.stream() + ": read in several pages").isGreaterThan(1);
    }
    return all;
  }

  /**
   * What a page's limit counts: conversations (each comes with its messages), top-level posts and
   * tweets (a feed's posts come with their first comments), or the comments themselves.
   */
  private static long pageSize(NetworkStream stream, StreamPage<NetworkItem> page) {
    if (stream == NetworkStream.FACEBOOK_CONVERSATIONS) {
      return page.items().stream().map(NetworkItem::conversationId).distinct().count();
    }
    if (stream.needsSubject()) {
      return page.items().size();
    }
    return page.items().stream()
        .filter(i -> i.parentId() == null || i.kind() != ItemKind.COMMENT)
        .count();
  }

  /** The item with {@code id} in a stream, following cursors until it is found. */
  private NetworkItem find(StreamQuery first, String id) {
    assertThat(id).as("the write returned an id").isNotBlank();
    StreamQuery query = first;
    for (int pages = 0; pages < 1_000; pages++) {
      StreamPage<NetworkItem> page = readPage(query);
      Optional<NetworkItem> found =
          page.items().stream().filter(i -> i.externalId().equals(id)).findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      if (!page.hasNext()) {
        break;
      }
      query = query.withCursor(page.nextCursor());
    }
    throw new AssertionError(id + " is not in " + first.stream());
  }

  /** Add Account as the product does it: authorize URL, the sandbox's consent, code exchange. */
  private TokenGrant link(Network network) {
    SocialNetworkClient client = clients.get(network);
    String callback = "http://localhost:" + base.getPort() + "/social/callback/" + network.path();
    AuthorizationRequest started = client.authorize("st-" + UUID.randomUUID(), callback);
    Map<String, String> back = SandboxConsent.allow(started.url(), network, BRAND);
    assertThat(back.get("state")).isEqualTo(started.state());
    return client.exchange(back.get("code"), started);
  }

  private String facebookPageToken() {
    List<NetworkPage> pages =
        clients.get(Network.FACEBOOK).pages(link(Network.FACEBOOK).accessToken());
    return pages.stream()
        .filter(p -> p.id().equals(FACEBOOK_PAGE))
        .findFirst()
        .orElseThrow()
        .accessToken();
  }

  private String twitterToken() {
    return link(Network.TWITTER).accessToken();
  }

  private String googleToken() {
    return link(Network.GOOGLE_PLUS).accessToken();
  }

  private void fault(Network network, String kind) {
    admin(
        "POST", sandboxPath(network) + "/_admin/faults", "{\"kind\":\"" + kind + "\",\"count\":1}");
  }

  private static String sandboxPath(Network network) {
    return network == Network.GOOGLE_PLUS ? "google" : network.path();
  }

  /** A call to the sandbox's admin endpoints (activity, faults); fails the test unless 2xx. */
  private void admin(String method, String path, String json) {
    String root = base.toString().replaceAll("/+$", "");
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(root + "/sandbox/" + path))
            .header("Content-Type", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json))
            .timeout(Duration.ofSeconds(60))
            .build();
    try {
      HttpResponse<String> r =
          HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(method + " " + path + ": " + r.body()).isBetween(200, 299);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
