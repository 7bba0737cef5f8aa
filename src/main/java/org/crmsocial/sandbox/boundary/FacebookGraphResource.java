package org.crmsocial.sandbox.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DELETE;
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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.crmsocial.sandbox.control.ActorDirectory;
import org.crmsocial.sandbox.control.Cursors;
import org.crmsocial.sandbox.control.GraphFields;
import org.crmsocial.sandbox.control.ItemStore;
import org.crmsocial.sandbox.control.OAuthService;
import org.crmsocial.sandbox.control.StreamQuery;
import org.crmsocial.sandbox.control.StreamQuery.By;
import org.crmsocial.sandbox.control.Times;
import org.crmsocial.sandbox.model.Actor;
import org.crmsocial.sandbox.model.ActorKind;
import org.crmsocial.sandbox.model.Item;
import org.crmsocial.sandbox.model.ItemKind;
import org.crmsocial.sandbox.model.Network;
import org.crmsocial.sandbox.model.Token;
import org.crmsocial.sandbox.model.TokenKind;

/**
 * Facebook's Graph API as {@code PROVIDERS.md} lists it: the user and their pages and permissions,
 * a page's feed with field expansion of comments and likes, comments, likes, Messenger
 * conversations and replies. Tokens come as {@code access_token} or {@code Authorization: Bearer};
 * a page token acts as its page. Paging is newest first by cursor ({@code after}, {@code before})
 * or time ({@code since}, {@code until}), with {@code paging.next} while more remain.
 */
@Path("/facebook/graph/v25.0")
@SandboxApi(Network.FACEBOOK)
public class FacebookGraphResource {

  private static final Network FB = Network.FACEBOOK;
  private static final String POST_DEFAULTS = "id,message,created_time";
  static final String COMMENT_DEFAULTS = "id,message,created_time,from";

  @Inject OAuthService oauth;
  @Inject ActorDirectory actors;
  @Inject ItemStore items;
  @Context UriInfo uri;

  /** Who calls: the token, its user, and the page it acts as (page tokens). */
  record Caller(Token token, long userId, Long pageId) {

    long actingId() {
      return pageId == null ? userId : pageId;
    }

    void require(String permission) {
      if (!token.grant().has(permission)) {
        throw FacebookErrors.missingPermission(permission);
      }
    }
  }

  @GET
  @Path("me")
  public Response me(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    MultivaluedMap<String, String> p = uri.getQueryParameters();
    Caller caller = auth(p, authorization);
    Actor who = actor(caller.actingId()).orElseThrow(FacebookErrors::invalidToken);
    return ok(json().actorJson(who, GraphFields.parse(p.getFirst("fields"), "id,name")));
  }

  @GET
  @Path("me/accounts")
  public Response accounts(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    Caller caller = auth(uri.getQueryParameters(), authorization);
    caller.require("pages_show_list");
    JsonArrayBuilder data = SandboxJson.array();
    List<Actor> pages = caller.pageId() == null ? actors.pagesOf(caller.userId()) : List.of();
    for (Actor page : pages) {
      boolean lasting = caller.token().longLived();
      OAuthService.Issued pageToken =
          oauth.issue(
              caller.token().grant(),
              TokenKind.PAGE,
              page.id(),
              lasting,
              lasting ? null : java.time.Duration.between(Times.now(), caller.token().expiresAt()));
      data.add(
          SandboxJson.object()
              .add("access_token", pageToken.value())
              .add("category", page.category() == null ? "Company" : page.category())
              .add(
                  "category_list",
                  SandboxJson.array()
                      .add(
                          SandboxJson.object()
                              .add("id", "2211")
                              .add("name", page.category() == null ? "Company" : page.category())))
              .add("name", page.name())
              .add("id", String.valueOf(page.id()))
              .add(
                  "tasks",
                  SandboxJson.array()
                      .add("ANALYZE")
                      .add("ADVERTISE")
                      .add("MODERATE")
                      .add("CREATE_CONTENT")
                      .add("MANAGE")));
    }
    JsonObjectBuilder body = SandboxJson.object().add("data", data);
    if (!pages.isEmpty()) {
      body.add(
          "paging",
          SandboxJson.object()
              .add(
                  "cursors",
                  SandboxJson.object()
                      .add("before", Cursors.facebook(pages.get(0).id()))
                      .add("after", Cursors.facebook(pages.get(pages.size() - 1).id()))));
    }
    return ok(body.build());
  }

  @GET
  @Path("me/permissions")
  public Response permissions(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    Caller caller = auth(uri.getQueryParameters(), authorization);
    JsonArrayBuilder data = SandboxJson.array();
    for (String s : caller.token().grant().granted()) {
      data.add(SandboxJson.object().add("permission", s).add("status", "granted"));
    }
    for (String s : caller.token().grant().declined()) {
      data.add(SandboxJson.object().add("permission", s).add("status", "declined"));
    }
    return ok(SandboxJson.object().add("data", data).build());
  }

  @DELETE
  @Path("me/permissions")
  public Response revoke(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    Caller caller = auth(uri.getQueryParameters(), authorization);
    oauth.revokeGrant(caller.token().grant().id());
    return ok(SandboxJson.object().add("success", true).build());
  }

  @GET
  @Path("{id}")
  public Response object(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    MultivaluedMap<String, String> p = uri.getQueryParameters();
    Caller caller = auth(p, authorization);
    Optional<Item> item = item(id);
    if (item.isPresent()) {
      Item i = item.get();
      pageOf(String.valueOf(i.pageId()), caller);
      caller.require("pages_read_engagement");
      return ok(
          i.kind() == ItemKind.POST
              ? json()
                  .postsJson(
                      List.of(i), GraphFields.parse(p.getFirst("fields"), POST_DEFAULTS), caller)
                  .get(0)
              : json().commentJson(i, GraphFields.parse(p.getFirst("fields"), COMMENT_DEFAULTS)));
    }
    Actor a = actorOrThrow(id);
    return ok(json().actorJson(a, GraphFields.parse(p.getFirst("fields"), "id,name")));
  }

  @GET
  @Path("{id}/{edge: posts|published_posts}")
  public Response posts(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    return feed(id, authorization);
  }

  @GET
  @Path("{id}/feed")
  public Response feed(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    MultivaluedMap<String, String> p = uri.getQueryParameters();
    Caller caller = auth(p, authorization);
    Actor page = pageOf(id, caller);
    caller.require("pages_read_engagement");
    int limit = limit(p, 25);
    StreamQuery q =
        StreamQuery.newest(By.PAGE, page.id(), ItemKind.POST, limit + 1)
            .between(time(p.getFirst("since")), time(p.getFirst("until")));
    boolean backwards = p.getFirst("before") != null;
    if (backwards) {
      q = q.above(cursor(p.getFirst("before"))).oldestFirst();
    } else if (p.getFirst("after") != null) {
      q = q.below(cursor(p.getFirst("after")));
    }
    List<Item> found = new ArrayList<>(items.page(q));
    boolean more = found.size() > limit;
    if (more) {
      found = new ArrayList<>(found.subList(0, limit));
    }
    if (backwards) {
      java.util.Collections.reverse(found);
    }
    GraphFields fields = GraphFields.parse(p.getFirst("fields"), POST_DEFAULTS);
    JsonArrayBuilder data = SandboxJson.array();
    json().postsJson(found, fields, caller).forEach(data::add);
    return ok(
        json()
            .page(data, found, more && !backwards, backwards ? more : p.getFirst("after") != null));
  }

  @POST
  @Path("{id}/feed")
  public Response post(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      String body) {
    MultivaluedMap<String, String> p = params(body, contentType);
    Caller caller = auth(p, authorization);
    Actor page = pageOf(id, caller);
    if (caller.pageId() == null || caller.pageId() != page.id()) {
      throw FacebookErrors.pageTokenRequired();
    }
    caller.require("pages_manage_posts");
    String message = text(p, "message");
    if (items.postedRecently(page.id(), message, Times.now().minusHours(24))) {
      throw FacebookErrors.duplicate();
    }
    Item created =
        items.insert(FB, ItemKind.POST, page.id(), page.id(), null, null, message, Times.now());
    return ok(SandboxJson.object().add("id", postId(created)).build());
  }

  @GET
  @Path("{id}/comments")
  public Response comments(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    MultivaluedMap<String, String> p = uri.getQueryParameters();
    Item parent = target(id, p, authorization, "pages_read_engagement").item();
    int limit = limit(p, 25);
    boolean reverse = "reverse_chronological".equals(p.getFirst("order"));
    StreamQuery q = StreamQuery.newest(By.PARENT, parent.id(), ItemKind.COMMENT, limit + 1);
    if (!reverse) {
      q = q.oldestFirst();
    }
    if (p.getFirst("after") != null) {
      q = reverse ? q.below(cursor(p.getFirst("after"))) : q.above(cursor(p.getFirst("after")));
    }
    List<Item> found = new ArrayList<>(items.page(q));
    boolean more = found.size() > limit;
    if (more) {
      found = new ArrayList<>(found.subList(0, limit));
    }
    GraphFields fields = GraphFields.parse(p.getFirst("fields"), COMMENT_DEFAULTS);
    JsonArrayBuilder data = SandboxJson.array();
    for (Item c : found) {
      data.add(json().commentJson(c, fields));
    }
    JsonObject paged = json().page(data, found, more, false);
    if ("true".equals(p.getFirst("summary"))) {
      paged =
          SandboxJson.object(paged)
              .add(
                  "summary",
                  SandboxJson.object()
                      .add("order", reverse ? "reverse_chronological" : "chronological")
                      .add("total_count", parent.replyCount())
                      .add("can_comment", true))
              .build();
    }
    return ok(paged);
  }

  @POST
  @Path("{id}/comments")
  public Response comment(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      String body) {
    Target parent = target(id, params(body, contentType), authorization, "pages_manage_engagement");
    Item created =
        items.insert(
            FB,
            ItemKind.COMMENT,
            parent.item().pageId(),
            parent.caller().actingId(),
            parent.item(),
            null,
            text(parent.params(), "message"),
            Times.now());
    return ok(SandboxJson.object().add("id", commentId(created)).build());
  }

  @POST
  @Path("{id}/likes")
  public Response like(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      String body) {
    Target target = target(id, params(body, contentType), authorization, "pages_manage_engagement");
    items.like(target.item().id(), target.caller().actingId(), Times.now());
    return ok(SandboxJson.object().add("success", true).build());
  }

  @GET
  @Path("{id}/conversations")
  public Response conversations(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    MultivaluedMap<String, String> p = uri.getQueryParameters();
    Caller caller = auth(p, authorization);
    Actor page = pageOf(id, caller);
    caller.require("pages_messaging");
    String platform = p.getFirst("platform");
    if (platform != null && !platform.equals("messenger") && !platform.equals("MESSENGER")) {
      return ok(SandboxJson.object().add("data", SandboxJson.array()).build());
    }
    int limit = limit(p, 25);
    Long after = p.getFirst("after") == null ? null : cursor(p.getFirst("after"));
    List<ItemStore.Conversation> found = items.conversations(page.id(), after, limit + 1);
    boolean more = found.size() > limit;
    if (more) {
      found = found.subList(0, limit);
    }
    GraphFields fields = GraphFields.parse(p.getFirst("fields"), "id,updated_time");
    JsonArrayBuilder data = SandboxJson.array();
    for (ItemStore.Conversation c : found) {
      data.add(json().conversationJson(page, c, fields));
    }
    JsonObjectBuilder body = SandboxJson.object().add("data", data);
    if (!found.isEmpty()) {
      body.add(
          "paging",
          json().paging(found.get(0).lastId(), found.get(found.size() - 1).lastId(), more, false));
    }
    return ok(body.build());
  }

  @POST
  @Path("{id}/messages")
  public Response message(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      String body) {
    MultivaluedMap<String, String> p = params(body, contentType);
    Caller caller = auth(p, authorization);
    Actor page = pageOf(id, caller);
    caller.require("pages_messaging");
    JsonObject json = Params.json(body).orElse(null);
    String recipient;
    String text;
    if (json != null) {
      recipient = Params.string(json, "recipient", "id");
      text = Params.string(json, "message", "text");
    } else {
      recipient =
          Params.json(p.getFirst("recipient")).map(o -> Params.string(o, "id")).orElse(null);
      text = Params.json(p.getFirst("message")).map(o -> Params.string(o, "text")).orElse(null);
    }
    if (recipient == null || text == null || text.isBlank()) {
      throw FacebookErrors.invalidParameter("param recipient and message[text] must be non-empty.");
    }
    long peer = numeric(recipient).orElseThrow(() -> unknown(recipient));
    List<Item> last = items.messages(page.id(), peer, null, 20);
    Optional<Item> lastFromPeer = last.stream().filter(m -> m.authorId() == peer).findFirst();
    if (lastFromPeer.isEmpty()) {
      throw FacebookErrors.error(
          400, "OAuthException", 100, 2018001, "(#100) No matching user found");
    }
    if (lastFromPeer.get().createdAt().isBefore(Times.now().minusHours(24))) {
      throw FacebookErrors.outsideWindow();
    }
    Item sent =
        items.insert(FB, ItemKind.MESSAGE, page.id(), page.id(), null, peer, text, Times.now());
    return ok(
        SandboxJson.object()
            .add("recipient_id", String.valueOf(peer))
            .add("message_id", "m_" + sent.id())
            .build());
  }

  @GET
  @Path("{id}/messages")
  public Response conversationMessages(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    MultivaluedMap<String, String> p = uri.getQueryParameters();
    Caller caller = auth(p, authorization);
    caller.require("pages_messaging");
    OptionalLong peer = id.startsWith("t_") ? numeric(id.substring(2)) : OptionalLong.empty();
    Long pageId = caller.pageId();
    if (pageId == null) {
      List<Actor> pages = actors.pagesOf(caller.userId());
      pageId = pages.isEmpty() ? null : pages.get(0).id();
    }
    if (peer.isEmpty() || pageId == null) {
      throw unknown(id);
    }
    Actor page = pageOf(String.valueOf(pageId), caller);
    int limit = limit(p, 25);
    Long after = p.getFirst("after") == null ? null : cursor(p.getFirst("after"));
    List<Item> found =
        new ArrayList<>(items.messages(page.id(), peer.getAsLong(), after, limit + 1));
    boolean more = found.size() > limit;
    if (more) {
      found = new ArrayList<>(found.subList(0, limit));
    }
    GraphFields fields = GraphFields.parse(p.getFirst("fields"), "id,message,created_time,from");
    JsonArrayBuilder data = SandboxJson.array();
    for (Item m : found) {
      data.add(json().messageJson(m, fields, page.id(), peer.getAsLong()));
    }
    return ok(json().page(data, found, more, false));
  }

  // ---------------------------------------------------------------- authentication and lookups

  /** A post or comment a call is about, with the caller and the call's parameters. */
  record Target(Caller caller, Item item, MultivaluedMap<String, String> params) {}

  /**
   * The post or comment {@code id} for a caller whose token reaches its page and holds {@code
   * permission}; an unknown id answers as Graph does.
   */
  private Target target(
      String id, MultivaluedMap<String, String> p, String authorization, String permission) {
    Caller caller = auth(p, authorization);
    Item item = item(id).orElseThrow(() -> unknown(id));
    pageOf(String.valueOf(item.pageId()), caller);
    caller.require(permission);
    return new Target(caller, item, p);
  }

  private Caller auth(MultivaluedMap<String, String> p, String authorization) {
    String value = p.getFirst("access_token");
    if (value == null || value.isBlank()) {
      value = Bearer.of(authorization);
    }
    if (value == null || value.isBlank()) {
      throw FacebookErrors.noToken();
    }
    Token t =
        oauth
            .findToken(value)
            .filter(x -> x.grant().network() == FB && x.kind() != TokenKind.REFRESH)
            .orElseThrow(FacebookErrors::invalidToken);
    if (t.revoked()) {
      throw FacebookErrors.appRemoved();
    }
    if (t.expiredAt(Times.now())) {
      throw FacebookErrors.expired(t.expiresAt());
    }
    return new Caller(t, t.grant().userId(), t.kind() == TokenKind.PAGE ? t.pageId() : null);
  }

  /** The page with this id, which the caller's user must manage. */
  private Actor pageOf(String id, Caller caller) {
    Actor a = actorOrThrow(id);
    if (a.kind() != ActorKind.PAGE) {
      throw FacebookErrors.error(
          400,
          "OAuthException",
          100,
          null,
          "(#100) Tried accessing nonexisting field on node type (User)");
    }
    if (!actors.manages(caller.userId(), a.id())) {
      throw FacebookErrors.notManaged();
    }
    return a;
  }

  private Actor actorOrThrow(String id) {
    OptionalLong n = numeric(id);
    if (n.isEmpty()) {
      throw unknown(id);
    }
    return actor(n.getAsLong()).orElseThrow(() -> unknown(id));
  }

  private Optional<Actor> actor(long id) {
    return actors.find(FB, id);
  }

  /** A post ({@code page_item}) or comment ({@code post_item}) by its Graph id. */
  private Optional<Item> item(String id) {
    int sep = id.indexOf('_');
    if (sep <= 0) {
      return Optional.empty();
    }
    OptionalLong head = numeric(id.substring(0, sep));
    OptionalLong tail = numeric(id.substring(sep + 1));
    if (head.isEmpty() || tail.isEmpty()) {
      return Optional.empty();
    }
    return items
        .find(FB, tail.getAsLong())
        .filter(
            i ->
                (i.kind() == ItemKind.POST && i.pageId() == head.getAsLong())
                    || (i.kind() == ItemKind.COMMENT && i.rootId() == head.getAsLong()));
  }

  private static ApiError unknown(String id) {
    return numeric(id).isPresent() || id.contains("_")
        ? FacebookErrors.unknownObject(id)
        : FacebookErrors.unknownAlias(id);
  }

  private static OptionalLong numeric(String s) {
    if (s == null || s.isEmpty() || s.length() > 18 || !s.chars().allMatch(Character::isDigit)) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Long.parseLong(s));
  }

  private MultivaluedMap<String, String> params(String body, String contentType) {
    return Params.merged(uri.getQueryParameters(), body, contentType);
  }

  private static String text(MultivaluedMap<String, String> p, String name) {
    String v = p.getFirst(name);
    if (v == null || v.isBlank()) {
      throw FacebookErrors.invalidParameter("The parameter " + name + " is required");
    }
    return v;
  }

  private static int limit(MultivaluedMap<String, String> p, int fallback) {
    String v = p.getFirst("limit");
    if (v == null) {
      return fallback;
    }
    OptionalLong n = numeric(v);
    if (n.isEmpty() || n.getAsLong() < 1) {
      throw FacebookErrors.invalidParameter("Param limit must be a positive integer");
    }
    return (int) Math.min(100, n.getAsLong());
  }

  private static long cursor(String value) {
    OptionalLong id = Cursors.fromFacebook(value);
    if (id.isEmpty()) {
      throw FacebookErrors.invalidParameter("The cursor is not valid: " + value);
    }
    return id.getAsLong();
  }

  private static OffsetDateTime time(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    OptionalLong n = numeric(value);
    if (n.isPresent()) {
      return Instant.ofEpochSecond(n.getAsLong()).atOffset(ZoneOffset.UTC);
    }
    try {
      return OffsetDateTime.parse(value);
    } catch (RuntimeException e) {
      throw FacebookErrors.invalidParameter("Invalid time: " + value);
    }
  }

  // ---------------------------------------------------------------- payloads

  private static Response ok(JsonObject body) {
    return Response.ok(SandboxJson.body(body), ApiErrorMapper.JSON).build();
  }

  static String postId(Item i) {
    return i.pageId() + "_" + i.id();
  }

  static String commentId(Item i) {
    return i.rootId() + "_" + i.id();
  }

  /** The Graph-shaped JSON of this request's answer (paging links follow the request's URI). */
  private FacebookGraphJson json() {
    return new FacebookGraphJson(actors, items, uri);
  }
}
