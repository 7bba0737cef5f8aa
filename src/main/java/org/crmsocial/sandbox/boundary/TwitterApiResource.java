package org.crmsocial.sandbox.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crmsocial.sandbox.control.ActorDirectory;
import org.crmsocial.sandbox.control.Cursors;
import org.crmsocial.sandbox.control.ItemStore;
import org.crmsocial.sandbox.control.OAuthService;
import org.crmsocial.sandbox.control.SharedLinks;
import org.crmsocial.sandbox.control.StreamQuery;
import org.crmsocial.sandbox.control.StreamQuery.By;
import org.crmsocial.sandbox.control.Times;
import org.crmsocial.sandbox.model.Actor;
import org.crmsocial.sandbox.model.Item;
import org.crmsocial.sandbox.model.ItemKind;
import org.crmsocial.sandbox.model.Network;
import org.crmsocial.sandbox.model.Token;
import org.crmsocial.sandbox.model.TokenKind;

/**
 * The X API v2 as {@code PROVIDERS.md} lists it: the signed-in user, users by id and username, a
 * user's tweets and mentions, recent search, posting tweets and replies, retweets, likes, DM events
 * and DM replies. Tweet lists page newest first with {@code pagination_token} ({@code next_token}
 * on search) and {@code since_id}; fields appear only when {@code tweet.fields}, {@code
 * user.fields}, {@code dm_event.fields} and {@code expansions} ask for them, as on X. Each method's
 * {@link RateLimit} is its 15-minute limit per token.
 */
@Path("/twitter/api/2")
@SandboxApi(Network.TWITTER)
public class TwitterApiResource {

  private static final Network TW = Network.TWITTER;
  private static final Pattern MENTION = Pattern.compile("@([A-Za-z0-9_]{1,15})");

  @Inject OAuthService oauth;
  @Inject ActorDirectory actors;
  @Inject ItemStore items;
  @Context UriInfo uri;

  @GET
  @Path("users/me")
  @RateLimit(75)
  public Response me(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    Token t = auth(authorization, "users.read", "tweet.read");
    Actor me = actor(t.grant().userId()).orElseThrow(TwitterErrors::unauthorized);
    return ok(SandboxJson.object().add("data", userJson(me, userFields())).build());
  }

  @GET
  @Path("users/by/username/{username}")
  @RateLimit(900)
  public Response byUsername(
      @PathParam("username") String username,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    auth(authorization, "users.read", "tweet.read");
    return actors
        .findHandle(TW, username)
        .map(a -> ok(SandboxJson.object().add("data", userJson(a, userFields())).build()))
        .orElseGet(() -> notFound("user", "username", username));
  }

  @GET
  @Path("users/{id}")
  @RateLimit(900)
  public Response user(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    auth(authorization, "users.read", "tweet.read");
    return userById(id)
        .map(a -> ok(SandboxJson.object().add("data", userJson(a, userFields())).build()))
        .orElseGet(() -> notFound("user", "id", id));
  }

  @GET
  @Path("users/{id}/tweets")
  @RateLimit(900)
  public Response tweets(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    return userTimeline(id, authorization, By.PAGE);
  }

  @GET
  @Path("users/{id}/mentions")
  @RateLimit(450)
  public Response mentions(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    return userTimeline(id, authorization, By.TARGET);
  }

  /** A user's tweets ({@code PAGE}: by them) or mentions ({@code TARGET}: of them). */
  private Response userTimeline(String id, String authorization, By by) {
    auth(authorization, "tweet.read", "users.read");
    Optional<Actor> user = userById(id);
    if (user.isEmpty()) {
      return notFound("user", "id", id);
    }
    return timeline(by, user.get().id(), "pagination_token", 5, 10);
  }

  @GET
  @Path("tweets/search/recent")
  @RateLimit(450)
  public Response search(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    auth(authorization, "tweet.read", "users.read");
    MultivaluedMap<String, String> p = uri.getQueryParameters();
    String query = p.getFirst("query");
    if (query == null || query.isBlank()) {
      throw TwitterErrors.invalid("query", "", "The `query` query parameter can not be empty");
    }
    List<String> terms =
        Arrays.stream(query.trim().split("\\s+"))
            .filter(s -> !s.startsWith("-") && !s.contains(":") && !s.equalsIgnoreCase("OR"))
            .map(s -> s.replace("\"", "").replace("(", "").replace(")", ""))
            .filter(s -> !s.isBlank())
            .toList();
    int max = maxResults(p, 10, 100, 10);
    Long below = token(p, "next_token");
    Long above = sinceId(p);
    List<Item> found = items.search(TW, terms, Times.now().minusDays(7), below, above, max + 1);
    return tweetPage(found, max, true);
  }

  @GET
  @Path("tweets/{id}")
  @RateLimit(900)
  public Response tweet(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    auth(authorization, "tweet.read", "users.read");
    Optional<Item> tweet = tweetById(id);
    if (tweet.isEmpty()) {
      return notFound("tweet", "id", id);
    }
    JsonObjectBuilder body = SandboxJson.object().add("data", tweetJson(tweet.get()));
    includes(List.of(tweet.get())).ifPresent(i -> body.add("includes", i));
    return ok(body.build());
  }

  @POST
  @Path("tweets")
  @RateLimit(200)
  public Response create(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
    Token t = auth(authorization, "tweet.write", "tweet.read", "users.read");
    JsonObject json = json(body);
    String text = Params.string(json, "text");
    if (text == null || text.isBlank() || text.codePointCount(0, text.length()) > 280) {
      throw TwitterErrors.invalid("text", text == null ? "" : text, "Tweet text is invalid.");
    }
    long me = t.grant().userId();
    Item parent = null;
    String replyTo = Params.string(json, "reply", "in_reply_to_tweet_id");
    if (replyTo != null) {
      parent =
          tweetById(replyTo)
              .orElseThrow(
                  () ->
                      TwitterErrors.invalid(
                          "reply.in_reply_to_tweet_id",
                          replyTo,
                          "The tweet you are attempting to reply to has been deleted or is not"
                              + " visible to you."));
    }
    if (items.postedRecently(me, text, Times.now().minusHours(24))) {
      throw TwitterErrors.duplicate();
    }
    Long target = parent != null ? Long.valueOf(parent.authorId()) : mentioned(text);
    Item created = items.insert(TW, ItemKind.POST, me, me, parent, target, text, Times.now());
    return Response.status(201)
        .type(ApiErrorMapper.JSON)
        .entity(
            SandboxJson.object()
                .add(
                    "data",
                    SandboxJson.object()
                        .add("id", String.valueOf(created.id()))
                        .add("text", xText(text))
                        .add(
                            "edit_history_tweet_ids",
                            SandboxJson.array().add(String.valueOf(created.id()))))
                .build()
                .toString())
        .build();
  }

  @POST
  @Path("users/{id}/retweets")
  @RateLimit(50)
  public Response retweet(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      String body) {
    Token t = auth(authorization, "tweet.write", "tweet.read", "users.read");
    long me = self(t, id);
    Item tweet = tweetParam(json(body));
    items.insert(TW, ItemKind.RETWEET, me, me, tweet, tweet.authorId(), null, Times.now());
    return ok(
        SandboxJson.object().add("data", SandboxJson.object().add("retweeted", true)).build());
  }

  @POST
  @Path("users/{id}/likes")
  @RateLimit(50)
  public Response like(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      String body) {
    Token t = auth(authorization, "like.write", "tweet.read", "users.read");
    long me = self(t, id);
    Item tweet = tweetParam(json(body));
    items.like(tweet.id(), me, Times.now());
    return ok(SandboxJson.object().add("data", SandboxJson.object().add("liked", true)).build());
  }

  @GET
  @Path("dm_events")
  @RateLimit(300)
  public Response dmEvents(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    Token t = auth(authorization, "dm.read", "tweet.read", "users.read");
    MultivaluedMap<String, String> p = uri.getQueryParameters();
    int max = maxResults(p, 1, 100, 100);
    StreamQuery q =
        StreamQuery.newest(By.PAGE, t.grant().userId(), ItemKind.MESSAGE, max + 1)
            .below(token(p, "pagination_token"));
    return dmPage(t.grant().userId(), items.page(q), max);
  }

  @GET
  @Path("dm_conversations/with/{participant_id}/dm_events")
  @RateLimit(300)
  public Response dmConversation(
      @PathParam("participant_id") String participant,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    Token t = auth(authorization, "dm.read", "tweet.read", "users.read");
    Actor peer = userById(participant).orElseThrow(() -> invalidParticipant(participant));
    MultivaluedMap<String, String> p = uri.getQueryParameters();
    int max = maxResults(p, 1, 100, 100);
    return dmPage(
        t.grant().userId(),
        items.messages(t.grant().userId(), peer.id(), token(p, "pagination_token"), max + 1),
        max);
  }

  @POST
  @Path("dm_conversations/with/{participant_id}/messages")
  @RateLimit(200)
  public Response dm(
      @PathParam("participant_id") String participant,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      String body) {
    Token t = auth(authorization, "dm.write", "dm.read", "tweet.read", "users.read");
    long me = t.grant().userId();
    Actor peer = userById(participant).orElseThrow(() -> invalidParticipant(participant));
    String text = Params.string(json(body), "text");
    if (text == null || text.isBlank()) {
      throw TwitterErrors.invalid("text", "", "The text of a message can not be empty");
    }
    Item sent = items.insert(TW, ItemKind.MESSAGE, me, me, null, peer.id(), text, Times.now());
    return Response.status(201)
        .type(ApiErrorMapper.JSON)
        .entity(
            SandboxJson.object()
                .add(
                    "data",
                    SandboxJson.object()
                        .add("dm_conversation_id", conversationId(me, peer.id()))
                        .add("dm_event_id", String.valueOf(sent.id())))
                .build()
                .toString())
        .build();
  }

  // ---------------------------------------------------------------- helpers

  private Token auth(String authorization, String... scopes) {
    String value = Bearer.of(authorization);
    Token t =
        oauth
            .findToken(value)
            .filter(x -> x.grant().network() == TW && x.kind() == TokenKind.ACCESS)
            .orElseThrow(TwitterErrors::unauthorized);
    if (t.revoked() || t.expiredAt(Times.now())) {
      throw TwitterErrors.unauthorized();
    }
    for (String scope : scopes) {
      if (!t.grant().has(scope)) {
        throw TwitterErrors.forbidden();
      }
    }
    return t;
  }

  private static long self(Token t, String id) {
    if (!String.valueOf(t.grant().userId()).equals(id)) {
      throw TwitterErrors.forbidden();
    }
    return t.grant().userId();
  }

  private static JsonObject json(String body) {
    return Params.json(body)
        .orElseThrow(
            () ->
                TwitterErrors.invalid(
                    "body", body == null ? "" : body, "Your request body is not valid JSON."));
  }

  private Item tweetParam(JsonObject json) {
    String id = Params.string(json, "tweet_id");
    return tweetById(id)
        .orElseThrow(
            () ->
                TwitterErrors.invalid(
                    "tweet_id", id == null ? "" : id, "The `tweet_id` is not a valid Tweet ID."));
  }

  private static ApiError invalidParticipant(String id) {
    return TwitterErrors.invalid(
        "participant_id", id, "The `participant_id` is not a valid user ID.");
  }

  private Long mentioned(String text) {
    Matcher m = MENTION.matcher(text);
    while (m.find()) {
      Optional<Actor> a = actors.findHandle(TW, m.group(1));
      if (a.isPresent()) {
        return a.get().id();
      }
    }
    return null;
  }

  private Optional<Actor> userById(String id) {
    OptionalLong n = numeric(id);
    return n.isEmpty() ? Optional.empty() : actor(n.getAsLong());
  }

  private Optional<Actor> actor(long id) {
    return actors.find(TW, id);
  }

  private Optional<Item> tweetById(String id) {
    OptionalLong n = numeric(id);
    return n.isEmpty()
        ? Optional.empty()
        : items.find(TW, n.getAsLong()).filter(i -> i.kind() == ItemKind.POST);
  }

  private static OptionalLong numeric(String s) {
    if (s == null || s.isEmpty() || s.length() > 19 || !s.chars().allMatch(Character::isDigit)) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(s));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  private static int maxResults(MultivaluedMap<String, String> p, int min, int max, int fallback) {
    String v = p.getFirst("max_results");
    if (v == null) {
      return fallback;
    }
    OptionalLong n = numeric(v);
    if (n.isEmpty() || n.getAsLong() < min || n.getAsLong() > max) {
      throw TwitterErrors.invalid(
          "max_results",
          v,
          "The `max_results` query parameter value ["
              + v
              + "] is not between "
              + min
              + " and "
              + max);
    }
    return (int) n.getAsLong();
  }

  private static Long token(MultivaluedMap<String, String> p, String name) {
    String v = p.getFirst(name);
    if (v == null) {
      return null;
    }
    OptionalLong id = Cursors.fromTwitter(v);
    if (id.isEmpty()) {
      throw TwitterErrors.invalid(
          name, v, "The `" + name + "` query parameter value [" + v + "] is not valid");
    }
    return id.getAsLong();
  }

  private static Long sinceId(MultivaluedMap<String, String> p) {
    String v = p.getFirst("since_id");
    if (v == null) {
      return null;
    }
    OptionalLong n = numeric(v);
    if (n.isEmpty()) {
      throw TwitterErrors.invalid(
          "since_id", v, "The `since_id` query parameter value [" + v + "] is not valid");
    }
    return n.getAsLong();
  }

  private Response timeline(By by, long value, String tokenName, int min, int fallback) {
    MultivaluedMap<String, String> p = uri.getQueryParameters();
    int max = maxResults(p, min, 100, fallback);
    StreamQuery q =
        StreamQuery.newest(by, value, ItemKind.POST, max + 1)
            .below(token(p, tokenName))
            .above(sinceId(p))
            .between(time(p, "start_time"), time(p, "end_time"));
    String until = p.getFirst("until_id");
    if (until != null) {
      OptionalLong u = numeric(until);
      if (u.isEmpty()) {
        throw TwitterErrors.invalid("until_id", until, "The `until_id` is not valid");
      }
      Long below = q.belowId() == null ? u.getAsLong() : Math.min(q.belowId(), u.getAsLong());
      q = q.below(below);
    }
    return tweetPage(items.page(q), max, false);
  }

  private static OffsetDateTime time(MultivaluedMap<String, String> p, String name) {
    String v = p.getFirst(name);
    if (v == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(v);
    } catch (RuntimeException e) {
      throw TwitterErrors.invalid(name, v, "Invalid " + name + ": " + v);
    }
  }

  private Response tweetPage(List<Item> found, int max, boolean search) {
    boolean more = found.size() > max;
    List<Item> shown = more ? found.subList(0, max) : found;
    JsonObjectBuilder body = SandboxJson.object();
    JsonObjectBuilder meta = SandboxJson.object();
    if (!shown.isEmpty()) {
      JsonArrayBuilder data = SandboxJson.array();
      shown.forEach(i -> data.add(tweetJson(i)));
      body.add("data", data);
      includes(shown).ifPresent(i -> body.add("includes", i));
      meta.add("newest_id", String.valueOf(shown.get(0).id()))
          .add("oldest_id", String.valueOf(shown.get(shown.size() - 1).id()));
    }
    meta.add("result_count", shown.size());
    if (more) {
      meta.add("next_token", Cursors.twitter(shown.get(shown.size() - 1).id()));
    }
    return ok(body.add("meta", meta).build());
  }

  private Response dmPage(long me, List<Item> found, int max) {
    boolean more = found.size() > max;
    List<Item> shown = more ? found.subList(0, max) : found;
    Set<String> fields = set("dm_event.fields");
    JsonObjectBuilder body = SandboxJson.object();
    JsonObjectBuilder meta = SandboxJson.object();
    if (!shown.isEmpty()) {
      JsonArrayBuilder data = SandboxJson.array();
      for (Item m : shown) {
        JsonObjectBuilder e =
            SandboxJson.object()
                .add("id", String.valueOf(m.id()))
                .add("text", m.text() == null ? "" : m.text())
                .add("event_type", "MessageCreate");
        long peer = m.targetId() == null ? m.authorId() : m.targetId();
        if (fields.contains("dm_conversation_id")) {
          e.add("dm_conversation_id", conversationId(me, peer));
        }
        if (fields.contains("created_at")) {
          e.add("created_at", Times.isoMillis(m.createdAt()));
        }
        if (fields.contains("sender_id")) {
          e.add("sender_id", String.valueOf(m.authorId()));
        }
        if (fields.contains("participant_ids")) {
          e.add(
              "participant_ids",
              SandboxJson.array().add(String.valueOf(me)).add(String.valueOf(peer)));
        }
        data.add(e);
      }
      body.add("data", data);
      if (set("expansions").contains("sender_id")) {
        JsonArrayBuilder users = SandboxJson.array();
        Set<Long> seen = new LinkedHashSet<>();
        shown.forEach(m -> seen.add(m.authorId()));
        for (Long id : seen) {
          actor(id).ifPresent(a -> users.add(userJson(a, userFields())));
        }
        body.add("includes", SandboxJson.object().add("users", users));
      }
    }
    meta.add("result_count", shown.size());
    if (more) {
      meta.add("next_token", Cursors.twitter(shown.get(shown.size() - 1).id()));
    }
    return ok(body.add("meta", meta).build());
  }

  static String conversationId(long a, long b) {
    return Math.min(a, b) + "-" + Math.max(a, b);
  }

  private Optional<JsonObject> includes(List<Item> tweets) {
    Set<String> expansions = set("expansions");
    Set<Long> ids = new LinkedHashSet<>();
    for (Item t : tweets) {
      if (expansions.contains("author_id")) {
        ids.add(t.authorId());
      }
      if (expansions.contains("in_reply_to_user_id") && t.targetId() != null) {
        ids.add(t.targetId());
      }
    }
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    JsonArrayBuilder users = SandboxJson.array();
    Set<String> fields = userFields();
    for (Long id : ids) {
      actor(id).ifPresent(a -> users.add(userJson(a, fields)));
    }
    return Optional.of(SandboxJson.object().add("users", users).build());
  }

  /**
   * Tweet text as X sends it: every link wrapped in its {@code t.co} address, then {@code &},
   * {@code <} and {@code >} escaped, nothing else.
   */
  static String xText(String text) {
    return served(text).text();
  }

  /** A tweet's text as served and its {@code entities.urls}. */
  record Served(String text, JsonArrayBuilder urls) {}

  /**
   * {@link #xText} with the {@code entities.urls} of its links: {@code start} and {@code end} are
   * code point offsets into the text served, {@code url} the {@code t.co} address, {@code
   * expanded_url} the link as typed, {@code display_url} as X shows it.
   */
  static Served served(String text) {
    StringBuilder out = new StringBuilder();
    JsonArrayBuilder urls = SandboxJson.array();
    int at = 0;
    String typed = text == null ? "" : text;
    for (SharedLinks.Found link : SharedLinks.in(typed)) {
      out.append(escaped(typed.substring(at, link.start())));
      String tco = SharedLinks.tco(link.url());
      int start = out.codePointCount(0, out.length());
      out.append(tco);
      urls.add(
          SandboxJson.object()
              .add("start", start)
              .add("end", start + tco.length())
              .add("url", tco)
              .add("expanded_url", link.url())
              .add("display_url", SharedLinks.display(link.url())));
      at = link.end();
    }
    out.append(escaped(typed.substring(at)));
    return new Served(out.toString(), urls);
  }

  private static String escaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private JsonObject tweetJson(Item t) {
    Set<String> fields = set("tweet.fields");
    Served text = served(t.text());
    JsonObjectBuilder b =
        SandboxJson.object()
            .add("id", String.valueOf(t.id()))
            .add("text", text.text())
            .add("edit_history_tweet_ids", SandboxJson.array().add(String.valueOf(t.id())));
    if (fields.contains("entities")) {
      JsonArray urls = text.urls().build();
      if (!urls.isEmpty()) {
        b.add("entities", SandboxJson.object().add("urls", urls));
      }
    }
    if (fields.contains("created_at")) {
      b.add("created_at", Times.isoMillis(t.createdAt()));
    }
    if (fields.contains("author_id")) {
      b.add("author_id", String.valueOf(t.authorId()));
    }
    if (fields.contains("conversation_id")) {
      b.add("conversation_id", String.valueOf(t.rootId()));
    }
    if (fields.contains("in_reply_to_user_id") && t.targetId() != null) {
      b.add("in_reply_to_user_id", String.valueOf(t.targetId()));
    }
    if (fields.contains("referenced_tweets") && t.parentId() != null) {
      b.add(
          "referenced_tweets",
          SandboxJson.array()
              .add(
                  SandboxJson.object()
                      .add("type", "replied_to")
                      .add("id", String.valueOf(t.parentId()))));
    }
    if (fields.contains("public_metrics")) {
      b.add(
          "public_metrics",
          SandboxJson.object()
              .add("retweet_count", t.shareCount())
              .add("reply_count", t.replyCount())
              .add("like_count", t.likeCount())
              .add("quote_count", 0));
    }
    if (fields.contains("lang")) {
      b.add("lang", t.text() != null && t.text().chars().anyMatch(c -> c > 0x3000) ? "ja" : "en");
    }
    return b.build();
  }

  private JsonObject userJson(Actor a, Set<String> fields) {
    JsonObjectBuilder b =
        SandboxJson.object()
            .add("id", String.valueOf(a.id()))
            .add("name", a.name())
            .add("username", a.handle() == null ? "user" + a.id() : a.handle());
    if (fields.contains("profile_image_url")) {
      b.add(
          "profile_image_url",
          "https://pbs.twimg.com/profile_images/" + a.id() + "/avatar_normal.jpg");
    }
    if (fields.contains("description")) {
      b.add("description", "");
    }
    if (fields.contains("protected")) {
      b.add("protected", false);
    }
    if (fields.contains("verified")) {
      b.add("verified", false);
    }
    return b.build();
  }

  private Set<String> userFields() {
    return set("user.fields");
  }

  private Set<String> set(String param) {
    String v = uri.getQueryParameters().getFirst(param);
    if (v == null || v.isBlank()) {
      return Set.of();
    }
    return new LinkedHashSet<>(Arrays.asList(v.split("\\s*,\\s*")));
  }

  private static Response notFound(String resourceType, String parameter, String value) {
    return ok(
        SandboxJson.object()
            .add(
                "errors",
                SandboxJson.array().add(TwitterErrors.notFound(resourceType, parameter, value)))
            .build());
  }

  private static Response ok(JsonObject body) {
    return Response.ok(SandboxJson.body(body), ApiErrorMapper.JSON).build();
  }
}
