package org.crmsocial.social.provider.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crmsocial.platform.control.NetworkHtml;
import org.crmsocial.social.provider.model.ItemCounts;
import org.crmsocial.social.provider.model.ItemKind;
import org.crmsocial.social.provider.model.NetworkItem;
import org.crmsocial.social.provider.model.NetworkPerson;
import org.crmsocial.social.provider.model.RichContent;
import org.crmsocial.social.provider.model.StreamPage;

/**
 * The X API v2 JSON shapes (bound in snake case) and their mapping to network-neutral records.
 * Authors come from {@code includes.users} by id; an empty page is {@code
 * {"meta":{"result_count":0}}} with no {@code data}.
 */
final class TwitterPayloads {

  /** Where tweets are read on the web. */
  static final String WEB = "https://twitter.com";

  private TwitterPayloads() {}

  public record User(String id, String name, String username, String profileImageUrl) {}

  public record Problem(String type, String title, String detail, String value) {}

  public record UserAnswer(User data, List<Problem> errors) {}

  public record Metrics(Long retweetCount, Long replyCount, Long likeCount, Long quoteCount) {}

  public record Reference(String type, String id) {}

  /**
   * One of a tweet's {@code entities.urls}: the {@code t.co} address in the text at {@code [start,
   * end)} (code points), where it leads and how X shows it.
   */
  public record UrlEntity(
      Integer start, Integer end, String url, String expandedUrl, String displayUrl) {}

  public record Entities(List<UrlEntity> urls) {}

  public record Tweet(
      String id,
      String text,
      String createdAt,
      String authorId,
      String conversationId,
      String inReplyToUserId,
      List<Reference> referencedTweets,
      Metrics publicMetrics,
      Entities entities) {}

  public record Includes(List<User> users) {}

  public record Meta(Long resultCount, String newestId, String oldestId, String nextToken) {}

  public record Tweets(List<Tweet> data, Includes includes, Meta meta) {}

  public record DmEvent(
      String id,
      String text,
      String eventType,
      String dmConversationId,
      String createdAt,
      String senderId) {}

  public record DmEvents(List<DmEvent> data, Includes includes, Meta meta) {}

  public record Reply(String inReplyToTweetId) {}

  public record TweetRequest(String text, Reply reply) {}

  public record CreatedTweet(String id, String text) {}

  public record TweetCreated(CreatedTweet data) {}

  public record TweetIdRequest(String tweetId) {}

  public record TextRequest(String text) {}

  public record DmCreatedData(String dmConversationId, String dmEventId) {}

  public record DmCreated(DmCreatedData data) {}

  static NetworkPerson person(User user) {
    return new NetworkPerson(user.id(), user.username(), user.name(), user.profileImageUrl(), null);
  }

  /**
   * A page of tweets. {@code mentions} marks every tweet a mention; otherwise a tweet is a retweet,
   * a reply or a plain tweet by its references.
   */
  static StreamPage<NetworkItem> tweets(Tweets tweets, boolean mentions) {
    Map<String, NetworkPerson> people = people(tweets.includes());
    List<NetworkItem> items =
        NetworkClientBase.listOf(tweets.data()).stream()
            .filter(t -> t.id() != null)
            .map(t -> tweet(t, people, mentions))
            .toList();
    Meta meta = tweets.meta();
    return new StreamPage<>(
        items, meta == null ? null : meta.nextToken(), meta == null ? null : meta.newestId());
  }

  /** Direct messages: only {@code MessageCreate} events are messages. */
  static StreamPage<NetworkItem> messages(DmEvents events) {
    Map<String, NetworkPerson> people = people(events.includes());
    List<NetworkItem> items =
        NetworkClientBase.listOf(events.data()).stream()
            .filter(e -> e.id() != null && "MessageCreate".equals(e.eventType()))
            .map(
                e ->
                    new NetworkItem(
                        e.id(),
                        ItemKind.MESSAGE,
                        author(e.senderId(), people),
                        null,
                        e.dmConversationId(),
                        e.text(),
                        JsonCodec.instant(e.createdAt()),
                        ItemCounts.NONE,
                        null))
            .toList();
    Meta meta = events.meta();
    return new StreamPage<>(items, meta == null ? null : meta.nextToken(), null);
  }

  private static NetworkItem tweet(
      Tweet tweet, Map<String, NetworkPerson> people, boolean mention) {
    List<Reference> references = NetworkClientBase.listOf(tweet.referencedTweets());
    String retweeted = reference(references, "retweeted");
    String repliedTo = reference(references, "replied_to");
    String quoted = reference(references, "quoted");
    ItemKind kind =
        mention
            ? ItemKind.MENTION
            : retweeted != null
                ? ItemKind.RETWEET
                : repliedTo != null || tweet.inReplyToUserId() != null
                    ? ItemKind.REPLY
                    : ItemKind.TWEET;
    Metrics metrics = tweet.publicMetrics();
    NetworkPerson author = author(tweet.authorId(), people);
    Expanded text = expanded(unescape(tweet.text()), tweet.entities());
    return new NetworkItem(
        tweet.id(),
        kind,
        author,
        retweeted != null ? retweeted : repliedTo != null ? repliedTo : quoted,
        tweet.conversationId(),
        text.plain(),
        JsonCodec.instant(tweet.createdAt()),
        metrics == null
            ? ItemCounts.NONE
            : new ItemCounts(
                count(metrics.likeCount()),
                count(metrics.replyCount()),
                count(metrics.retweetCount()) + count(metrics.quoteCount())),
        permalink(tweet.id(), author),
        tweet.inReplyToUserId(),
        new RichContent(text.html(), null));
  }

  /**
   * A tweet's text with its links expanded: {@code plain} has each {@code t.co} address replaced by
   * the address it leads to (still one URL, so it counts as 23 characters, S-12); {@code html}
   * shows each as its {@code display_url}, linked to its {@code expanded_url}; null without links.
   */
  record Expanded(String plain, String html) {}

  /**
   * {@code text} (decoded) with the {@code entities.urls} expanded. Each entity is found at its
   * {@code start} (a code point offset) when the text has its {@code url} there, else at the next
   * place the text has it; one found nowhere is left as it is; one whose {@code expanded_url} is
   * not http(s) keeps its {@code t.co} address.
   */
  static Expanded expanded(String text, Entities entities) {
    List<UrlEntity> urls =
        entities == null
            ? List.of()
            : NetworkClientBase.listOf(entities.urls()).stream()
                .filter(u -> u.url() != null && !u.url().isEmpty())
                .sorted(
                    java.util.Comparator.comparing(
                        u -> u.start() == null ? Integer.MAX_VALUE : u.start()))
                .toList();
    if (text == null || urls.isEmpty()) {
      return new Expanded(text, null);
    }
    StringBuilder plain = new StringBuilder(text.length() + 64);
    List<NetworkHtml.Link> links = new java.util.ArrayList<>();
    int at = 0;
    for (UrlEntity url : urls) {
      int found = locate(text, url, at);
      if (found < 0) {
        continue;
      }
      String target = web(url.expandedUrl()) ? url.expandedUrl() : url.url();
      String label =
          url.displayUrl() != null && !url.displayUrl().isBlank() ? url.displayUrl() : target;
      plain.append(text, at, found);
      int start = plain.length();
      plain.append(target);
      links.add(new NetworkHtml.Link(start, plain.length(), target, label));
      at = found + url.url().length();
    }
    plain.append(text.substring(at));
    String expanded = plain.toString();
    return new Expanded(expanded, links.isEmpty() ? null : NetworkHtml.withLinks(expanded, links));
  }

  /** Whether {@code url} is an http(s) address (an expansion to anything else is not used). */
  private static boolean web(String url) {
    String u = url == null ? "" : url.toLowerCase(java.util.Locale.ROOT);
    return u.startsWith("https://") || u.startsWith("http://");
  }

  private static int locate(String text, UrlEntity url, int from) {
    Integer start = url.start();
    if (start != null && start >= 0 && start <= text.codePointCount(0, text.length())) {
      int index = text.offsetByCodePoints(0, start);
      if (index >= from && text.startsWith(url.url(), index)) {
        return index;
      }
    }
    return text.indexOf(url.url(), from);
  }

  /**
   * A tweet's text as its author typed it: X escapes {@code &}, {@code <} and {@code >} in tweet
   * text ({@code &amp;}, {@code &lt;}, {@code &gt;}) and nothing else, so exactly those three are
   * decoded, {@code &amp;} last (a typed {@code &lt;} arrives as {@code &amp;lt;} and stays {@code
   * &lt;}). The page escapes the stored text once for display.
   */
  static String unescape(String text) {
    if (text == null || text.indexOf('&') < 0) {
      return text;
    }
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  /**
   * A tweet's public address (S-4: the link to the original): the API gives none, Twitter's web
   * form is {@code https://twitter.com/<username>/status/<id>}, or {@code /i/web/status/<id>} where
   * the author's username is not known.
   */
  static String permalink(String id, NetworkPerson author) {
    String tweet = java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8);
    return author != null && author.handle() != null && !author.handle().isBlank()
        ? WEB
            + "/"
            + java.net.URLEncoder.encode(author.handle(), java.nio.charset.StandardCharsets.UTF_8)
            + "/status/"
            + tweet
        : WEB + "/i/web/status/" + tweet;
  }

  private static String reference(List<Reference> references, String type) {
    return references.stream()
        .filter(r -> type.equals(r.type()))
        .map(Reference::id)
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  private static NetworkPerson author(String id, Map<String, NetworkPerson> people) {
    return id == null ? null : people.getOrDefault(id, NetworkPerson.ofId(id));
  }

  private static Map<String, NetworkPerson> people(Includes includes) {
    Map<String, NetworkPerson> people = new HashMap<>();
    if (includes != null) {
      for (User user : NetworkClientBase.listOf(includes.users())) {
        if (user.id() != null) {
          people.put(user.id(), person(user));
        }
      }
    }
    return people;
  }

  private static long count(Long value) {
    return value == null ? 0 : value;
  }
}
