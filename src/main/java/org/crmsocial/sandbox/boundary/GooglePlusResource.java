package org.crmsocial.sandbox.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.crmsocial.sandbox.control.ActorDirectory;
import org.crmsocial.sandbox.control.Cursors;
import org.crmsocial.sandbox.control.ItemStore;
import org.crmsocial.sandbox.control.OAuthService;
import org.crmsocial.sandbox.control.SharedLinks;
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
 * Google+ as {@code PROVIDERS.md} lists it: API v1 for the signed-in person, the Pages API v2 for
 * the pages they manage, a page's public activities (newest first, {@code pageToken}/{@code
 * nextPageToken}), an activity's comments, and posting activities and comments on behalf of the
 * page. There is no +1 and no private message, as there never was.
 */
@Path("/google/apis")
@SandboxApi(Network.GOOGLE)
public class GooglePlusResource {

  private static final Network G = Network.GOOGLE;
  private static final String PLUS = "https://www.googleapis.com/auth/plus.";
  private static final String ACTIVITY_PREFIX = "z12";
  private static final String COMMENT_PREFIX = "z13";

  @Inject OAuthService oauth;
  @Inject ActorDirectory actors;
  @Inject ItemStore items;
  @Context UriInfo uri;

  @GET
  @Path("plus/v1/people/me")
  public Response me(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    Token t = auth(authorization, "me");
    Actor me = actors.find(G, t.grant().userId()).orElseThrow(GoogleErrors::invalidCredentials);
    return ok(person(me).build());
  }

  @GET
  @Path("plusPages/v2/people/me/people/pages")
  public Response pages(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    Token t = auth(authorization, "pages.manage");
    List<Actor> pages = actors.pagesOf(t.grant().userId());
    JsonArrayBuilder list = SandboxJson.array();
    for (Actor p : pages) {
      list.add(person(p).add("objectType", "page"));
    }
    return ok(
        SandboxJson.object()
            .add("kind", "plus#peopleFeed")
            .add("totalItems", pages.size())
            .add("items", list)
            .build());
  }

  @GET
  @Path("plusPages/v2/people/{pageId}/activities/{collection}")
  public Response activities(
      @PathParam("pageId") String pageId,
      @PathParam("collection") String collection,
      @QueryParam("onBehalfOf") String onBehalfOf,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    Token t = auth(authorization, "stream.read");
    if (!"public".equals(collection)) {
      throw GoogleErrors.invalid("Invalid value for: " + collection + " is not a valid value");
    }
    Actor page = page(pageId, t, onBehalfOf);
    MultivaluedMap<String, String> p = uri.getQueryParameters();
    int max = maxResults(p, 20);
    StreamQuery q =
        StreamQuery.newest(By.PAGE, page.id(), ItemKind.POST, max + 1)
            .below(pageToken(p.getFirst("pageToken")));
    List<Item> found = items.page(q);
    boolean more = found.size() > max;
    List<Item> shown = more ? found.subList(0, max) : found;
    JsonArrayBuilder list = SandboxJson.array();
    shown.forEach(a -> list.add(activityJson(a)));
    JsonObjectBuilder body =
        SandboxJson.object()
            .add("kind", "plus#activityFeed")
            .add("title", page.name() + " - Public Activities");
    if (more) {
      body.add("nextPageToken", Cursors.google(shown.get(shown.size() - 1).id()));
    }
    body.add("updated", Times.isoMillis(shown.isEmpty() ? Times.now() : shown.get(0).createdAt()))
        .add("items", list);
    return ok(body.build());
  }

  @POST
  @Path("plusPages/v2/people/{pageId}/activities")
  public Response post(
      @PathParam("pageId") String pageId,
      @QueryParam("onBehalfOf") String onBehalfOf,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      String body) {
    Token t = auth(authorization, "stream.write");
    Actor page = page(pageId, t, onBehalfOf);
    String content = content(body);
    Item created =
        items.insert(G, ItemKind.POST, page.id(), page.id(), null, null, content, Times.now());
    return ok(activityJson(created));
  }

  @GET
  @Path("plusPages/v2/activities/{activityId}")
  public Response activity(
      @PathParam("activityId") String activityId,
      @QueryParam("onBehalfOf") String onBehalfOf,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    Token t = auth(authorization, "stream.read");
    Item a = activity(activityId);
    page(String.valueOf(a.pageId()), t, onBehalfOf);
    return ok(activityJson(a));
  }

  @GET
  @Path("plusPages/v2/activities/{activityId}/comments")
  public Response comments(
      @PathParam("activityId") String activityId,
      @QueryParam("onBehalfOf") String onBehalfOf,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    Token t = auth(authorization, "stream.read");
    Item a = activity(activityId);
    page(String.valueOf(a.pageId()), t, onBehalfOf);
    MultivaluedMap<String, String> p = uri.getQueryParameters();
    int max = maxResults(p, 20);
    boolean descending = "descending".equals(p.getFirst("sortOrder"));
    StreamQuery q = StreamQuery.newest(By.PARENT, a.id(), ItemKind.COMMENT, max + 1);
    Long token = pageToken(p.getFirst("pageToken"));
    q = descending ? q.below(token) : q.oldestFirst().above(token);
    List<Item> found = items.page(q);
    boolean more = found.size() > max;
    List<Item> shown = more ? found.subList(0, max) : found;
    JsonArrayBuilder list = SandboxJson.array();
    shown.forEach(c -> list.add(commentJson(c, a)));
    JsonObjectBuilder body = SandboxJson.object().add("kind", "plus#commentFeed");
    if (more) {
      body.add("nextPageToken", Cursors.google(shown.get(shown.size() - 1).id()));
    }
    body.add("title", "Comments for " + (a.text() == null ? "" : title(a.text())));
    return ok(body.add("items", list).build());
  }

  @POST
  @Path("plusPages/v2/activities/{activityId}/comments")
  public Response comment(
      @PathParam("activityId") String activityId,
      @QueryParam("onBehalfOf") String onBehalfOf,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      String body) {
    Token t = auth(authorization, "stream.write");
    Item a = activity(activityId);
    Actor page = page(String.valueOf(a.pageId()), t, onBehalfOf);
    String content = content(body);
    long author = onBehalfOf != null ? page.id() : t.grant().userId();
    Item created =
        items.insert(G, ItemKind.COMMENT, a.pageId(), author, a, null, content, Times.now());
    return ok(commentJson(created, a));
  }

  // ---------------------------------------------------------------- helpers

  private Token auth(String authorization, String scope) {
    Token t =
        oauth
            .findToken(Bearer.of(authorization))
            .filter(x -> x.grant().network() == G && x.kind() == TokenKind.ACCESS)
            .orElseThrow(GoogleErrors::invalidCredentials);
    if (t.revoked() || t.expiredAt(Times.now())) {
      throw GoogleErrors.invalidCredentials();
    }
    boolean ok =
        t.grant().has(PLUS + scope)
            || ("me".equals(scope) && t.grant().has("profile"))
            || ("stream.read".equals(scope) && t.grant().has(PLUS + "stream.write"));
    if (!ok) {
      throw GoogleErrors.insufficientPermissions();
    }
    return t;
  }

  /** The page, which must exist (404) and be managed by the caller, as onBehalfOf names it. */
  private Actor page(String pageId, Token t, String onBehalfOf) {
    OptionalLong id = numeric(pageId);
    Actor page =
        (id.isEmpty() ? Optional.<Actor>empty() : actors.find(G, id.getAsLong()))
            .filter(a -> a.kind() == ActorKind.PAGE)
            .orElseThrow(GoogleErrors::notFound);
    if (onBehalfOf != null && !onBehalfOf.equals(pageId)) {
      throw GoogleErrors.forbidden();
    }
    if (!actors.manages(t.grant().userId(), page.id())) {
      throw GoogleErrors.forbidden();
    }
    return page;
  }

  private Item activity(String id) {
    return itemId(id, ACTIVITY_PREFIX)
        .flatMap(n -> items.find(G, n))
        .filter(i -> i.kind() == ItemKind.POST)
        .orElseThrow(GoogleErrors::notFound);
  }

  private static Optional<Long> itemId(String id, String prefix) {
    if (id == null || !id.startsWith(prefix) || id.length() == prefix.length()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(id.substring(prefix.length()), 36));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  static String activityId(long id) {
    return ACTIVITY_PREFIX + Long.toString(id, 36);
  }

  static String commentId(long id) {
    return COMMENT_PREFIX + Long.toString(id, 36);
  }

  private static String content(String body) {
    JsonObject json = Params.json(body).orElseThrow(GoogleErrors::parseError);
    String content = Params.string(json, "object", "originalContent");
    if (content == null) {
      content = Params.string(json, "object", "content");
    }
    if (content == null || content.isBlank()) {
      throw GoogleErrors.invalid("Required field must not be blank: object.originalContent");
    }
    return content;
  }

  private static OptionalLong numeric(String s) {
    if (s == null || s.isEmpty() || s.length() > 18 || !s.chars().allMatch(Character::isDigit)) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Long.parseLong(s));
  }

  private static int maxResults(MultivaluedMap<String, String> p, int fallback) {
    String v = p.getFirst("maxResults");
    if (v == null) {
      return fallback;
    }
    OptionalLong n = numeric(v);
    if (n.isEmpty() || n.getAsLong() < 1 || n.getAsLong() > 100) {
      throw GoogleErrors.invalid(
          "Invalid value '" + v + "'. Values must be within the range: [1, 100]");
    }
    return (int) n.getAsLong();
  }

  private static Long pageToken(String v) {
    if (v == null || v.isEmpty()) {
      return null;
    }
    OptionalLong id = Cursors.fromGoogle(v);
    if (id.isEmpty()) {
      throw GoogleErrors.invalid("Invalid page token: " + v);
    }
    return id.getAsLong();
  }

  private static String title(String text) {
    return text.length() <= 100 ? text : text.substring(0, 99) + "…";
  }

  private JsonObjectBuilder person(Actor a) {
    return SandboxJson.object()
        .add("kind", "plus#person")
        .add("id", String.valueOf(a.id()))
        .add("displayName", a.name())
        .add("url", "https://plus.google.com/" + a.id())
        .add("image", image(a));
  }

  private static JsonObjectBuilder image(Actor a) {
    return SandboxJson.object()
        .add("url", "https://lh3.googleusercontent.com/sandbox/" + a.id() + "/photo.jpg?sz=50");
  }

  private JsonObjectBuilder actor(long id) {
    Optional<Actor> a = actors.find(G, id);
    JsonObjectBuilder b = SandboxJson.object().add("id", String.valueOf(id));
    a.ifPresent(
        x ->
            b.add("displayName", x.name())
                .add("url", "https://plus.google.com/" + x.id())
                .add("image", image(x)));
    return b;
  }

  /**
   * An activity's or comment's {@code object.content} as Google+ serves it: HTML, the text escaped
   * ({@code &amp;}, {@code &lt;}, {@code &#39;}…), line breaks as {@code <br />}, links as {@code
   * <a href class="ot-anchor" rel="nofollow" target="_blank">}, {@code *bold*} as {@code <b>} and
   * {@code _italic_} as {@code <i>}.
   */
  static String contentHtml(String text) {
    StringBuilder html = new StringBuilder(text.length() + 32);
    int at = 0;
    for (SharedLinks.Found link : SharedLinks.in(text)) {
      html.append(marked(text.substring(at, link.start())));
      String url = Html.escape(link.url());
      html.append("<a href=\"")
          .append(url)
          .append("\" class=\"ot-anchor\" rel=\"nofollow\" target=\"_blank\">")
          .append(url)
          .append("</a>");
      at = link.end();
    }
    return html.append(marked(text.substring(at))).toString();
  }

  private static String marked(String text) {
    return Html.escape(text)
        .replaceAll("(?<![\\w*])\\*([^*\n]+?)\\*(?![\\w*])", "<b>$1</b>")
        .replaceAll("(?<![\\w])_([^_\n]+?)_(?![\\w])", "<i>$1</i>")
        .replace("\n", "<br />");
  }

  /**
   * Adds {@code originalContent}, the text as its author typed it, which Google+ gives on what the
   * caller wrote (the page's own activities and comments), not on what others wrote.
   */
  private static JsonObjectBuilder withOriginal(JsonObjectBuilder object, Item item, String text) {
    return item.authorId() == item.pageId() ? object.add("originalContent", text) : object;
  }

  /**
   * Adds {@code attachments} for the text's first link, as Google+ did for a shared link: an {@code
   * article} with the page's title ({@code displayName}) and description ({@code content}), or a
   * {@code photo} for a picture, with its {@code image}.
   */
  static JsonObjectBuilder withAttachments(JsonObjectBuilder object, String text) {
    List<SharedLinks.Found> links = SharedLinks.in(text);
    if (links.isEmpty()) {
      return object;
    }
    String link = links.get(0).url();
    JsonObjectBuilder a = SandboxJson.object();
    if (SharedLinks.picture(link)) {
      a.add("objectType", "photo")
          .add("url", link)
          .add("image", SandboxJson.object().add("url", link).add("type", "image/jpeg"));
    } else {
      SharedLinks.Page page = SharedLinks.page(link);
      a.add("objectType", "article").add("displayName", page.title()).add("url", link);
      if (page.description() != null) {
        a.add("content", page.description());
      }
    }
    return object.add("attachments", SandboxJson.array().add(a));
  }

  private JsonObject activityJson(Item a) {
    String published = Times.isoMillis(a.createdAt());
    String content = a.text() == null ? "" : a.text();
    return SandboxJson.object()
        .add("kind", "plus#activity")
        .add("id", activityId(a.id()))
        .add("title", title(content))
        .add("published", published)
        .add("updated", published)
        .add("url", "https://plus.google.com/" + a.pageId() + "/posts/" + activityId(a.id()))
        .add("actor", actor(a.authorId()))
        .add("verb", "post")
        .add(
            "object",
            withAttachments(
                    withOriginal(
                        SandboxJson.object()
                            .add("objectType", "note")
                            .add("content", contentHtml(content)),
                        a,
                        content),
                    content)
                .add(
                    "url", "https://plus.google.com/" + a.pageId() + "/posts/" + activityId(a.id()))
                .add("replies", SandboxJson.object().add("totalItems", a.replyCount()))
                .add("plusoners", SandboxJson.object().add("totalItems", a.likeCount()))
                .add("resharers", SandboxJson.object().add("totalItems", a.shareCount())))
        .add(
            "access",
            SandboxJson.object()
                .add("kind", "plus#acl")
                .add("description", "Public")
                .add("items", SandboxJson.array().add(SandboxJson.object().add("type", "public"))))
        .build();
  }

  private JsonObject commentJson(Item c, Item activity) {
    String published = Times.isoMillis(c.createdAt());
    return SandboxJson.object()
        .add("kind", "plus#comment")
        .add("id", commentId(c.id()))
        .add("published", published)
        .add("updated", published)
        .add("actor", actor(c.authorId()))
        .add(
            "object",
            withOriginal(
                SandboxJson.object()
                    .add("objectType", "comment")
                    .add("content", contentHtml(c.text() == null ? "" : c.text())),
                c,
                c.text() == null ? "" : c.text()))
        .add(
            "inReplyTo",
            SandboxJson.array()
                .add(
                    SandboxJson.object()
                        .add("id", activityId(activity.id()))
                        .add(
                            "url",
                            "https://plus.google.com/"
                                + activity.pageId()
                                + "/posts/"
                                + activityId(activity.id()))))
        .add("plusoners", SandboxJson.object().add("totalItems", c.likeCount()))
        .add("verb", "post")
        .build();
  }

  private static Response ok(JsonObject body) {
    return Response.ok(SandboxJson.body(body), ApiErrorMapper.JSON).build();
  }
}
