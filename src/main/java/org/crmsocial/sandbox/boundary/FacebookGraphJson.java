package org.crmsocial.sandbox.boundary;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmsocial.sandbox.control.ActorDirectory;
import org.crmsocial.sandbox.control.Cursors;
import org.crmsocial.sandbox.control.GraphFields;
import org.crmsocial.sandbox.control.ItemStore;
import org.crmsocial.sandbox.control.SharedLinks;
import org.crmsocial.sandbox.control.Times;
import org.crmsocial.sandbox.model.Actor;
import org.crmsocial.sandbox.model.Item;
import org.crmsocial.sandbox.model.ItemKind;
import org.crmsocial.sandbox.model.Network;

/**
 * The JSON of the sandbox's Graph API answers, field for field as the Graph API documents them:
 * pages of posts and comments with their cursors, people, attachments, the comments and likes
 * edges, conversations and messages. {@link FacebookGraphResource} decides what to answer; this
 * says it the way Facebook does.
 */
final class FacebookGraphJson {

  private static final Network FB = Network.FACEBOOK;
  private static final String COMMENT_DEFAULTS = FacebookGraphResource.COMMENT_DEFAULTS;

  private final ActorDirectory actors;
  private final ItemStore items;
  private final UriInfo uri;

  FacebookGraphJson(ActorDirectory actors, ItemStore items, UriInfo uri) {
    this.actors = actors;
    this.items = items;
    this.uri = uri;
  }

  JsonObject page(JsonArrayBuilder data, List<Item> found, boolean next, boolean previous) {
    JsonObjectBuilder body = SandboxJson.object().add("data", data);
    if (!found.isEmpty()) {
      body.add(
          "paging", paging(found.get(0).id(), found.get(found.size() - 1).id(), next, previous));
    }
    return body.build();
  }

  JsonObject paging(long first, long last, boolean next, boolean previous) {
    JsonObjectBuilder paging =
        SandboxJson.object()
            .add(
                "cursors",
                SandboxJson.object()
                    .add("before", Cursors.facebook(first))
                    .add("after", Cursors.facebook(last)));
    if (previous) {
      paging.add(
          "previous",
          uri.getRequestUriBuilder()
              .replaceQueryParam("after")
              .replaceQueryParam("before", Cursors.facebook(first))
              .build()
              .toString());
    }
    if (next) {
      paging.add(
          "next",
          uri.getRequestUriBuilder()
              .replaceQueryParam("before")
              .replaceQueryParam("after", Cursors.facebook(last))
              .build()
              .toString());
    }
    return paging.build();
  }

  JsonObject actorJson(Actor a, GraphFields fields) {
    JsonObjectBuilder b = SandboxJson.object();
    for (GraphFields.Field f : fields.fields()) {
      switch (f.name()) {
        case "id" -> b.add("id", String.valueOf(a.id()));
        case "name" -> b.add("name", a.name());
        case "category" -> {
          if (a.category() != null) {
            b.add("category", a.category());
          }
        }
        default -> {
          // a field the sandbox does not know is left out, as for a field without a value
        }
      }
    }
    return b.build();
  }

  private JsonObjectBuilder from(long actorId, boolean email) {
    Optional<Actor> a = actors.find(FB, actorId);
    if (a.isEmpty() || a.get().hidden()) {
      return null;
    }
    JsonObjectBuilder b = SandboxJson.object().add("name", a.get().name());
    if (email) {
      b.add("email", actorId + "@facebook.com");
    }
    return b.add("id", String.valueOf(actorId));
  }

  List<JsonObject> postsJson(
      List<Item> posts, GraphFields fields, FacebookGraphResource.Caller caller) {
    List<Long> ids = posts.stream().map(Item::id).toList();
    Optional<GraphFields.Field> commentsField = fields.get("comments");
    Optional<GraphFields.Field> likesField = fields.get("likes");
    Map<Long, List<Item>> children = commentsField.isPresent() ? items.children(ids) : Map.of();
    Map<Long, List<Long>> likers = likesField.isPresent() ? items.likers(ids) : Map.of();
    List<JsonObject> result = new ArrayList<>();
    for (Item post : posts) {
      JsonObjectBuilder b = SandboxJson.object();
      for (GraphFields.Field f : fields.fields()) {
        switch (f.name()) {
          case "id" -> b.add("id", FacebookGraphResource.postId(post));
          case "message" -> {
            if (post.text() != null && !SharedLinks.onlyLink(post.text())) {
              b.add("message", post.text()); // a link shared alone has no message
            }
          }
          case "story" -> story(post).ifPresent(story -> b.add("story", story));
          case "attachments" -> attachments(post, f).ifPresent(a -> b.add("attachments", a));
          case "created_time" -> b.add("created_time", Times.facebook(post.createdAt()));
          case "updated_time" -> b.add("updated_time", Times.facebook(post.createdAt()));
          case "from" -> {
            JsonObjectBuilder from = from(post.authorId(), false);
            if (from != null) {
              b.add("from", from);
            }
          }
          case "permalink_url" ->
              b.add(
                  "permalink_url",
                  "https://www.facebook.com/" + post.pageId() + "/posts/" + post.id());
          case "shares" -> {
            if (post.shareCount() > 0) {
              b.add("shares", SandboxJson.object().add("count", post.shareCount()));
            }
          }
          case "comments" ->
              b.add("comments", commentsEdge(post, f, children.getOrDefault(post.id(), List.of())));
          case "likes" ->
              b.add(
                  "likes",
                  likesEdge(post, f, likers.getOrDefault(post.id(), List.of()), caller.actingId()));
          default -> {
            // unknown fields are left out
          }
        }
      }
      result.add(b.build());
    }
    return result;
  }

  /**
   * Graph's {@code story} of a post that shares a link or photo and says nothing else: "<page>
   * shared a link." or "<page> added a new photo."; none for a post with a message.
   */
  private Optional<String> story(Item post) {
    if (post.text() == null || !SharedLinks.onlyLink(post.text())) {
      return Optional.empty();
    }
    String who = actors.find(FB, post.authorId()).map(Actor::name).orElse("");
    return Optional.of(
        who
            + (SharedLinks.picture(post.text().strip())
                ? " added a new photo."
                : " shared a link."));
  }

  /**
   * Graph's {@code attachments} of a post: its first link, as a photo ({@code media.image.src} the
   * picture, {@code url} its photo page) or a shared link ({@code title} and {@code description}
   * from the linked page, {@code url} through {@code l.facebook.com}, as Graph gives it), with the
   * sub-fields asked for.
   */
  static Optional<JsonObject> attachments(Item post, GraphFields.Field edge) {
    return attachment(post, edge)
        .map(a -> SandboxJson.object().add("data", SandboxJson.array().add(a)).build());
  }

  /**
   * The one attachment of a post or comment (a comment's {@code attachment} field, a post's {@code
   * attachments} entry): its text's first link, as {@link #attachments} describes.
   */
  static Optional<JsonObject> attachment(Item post, GraphFields.Field edge) {
    List<SharedLinks.Found> links = SharedLinks.in(post.text());
    if (links.isEmpty()) {
      return Optional.empty();
    }
    String link = links.get(0).url();
    boolean photo = SharedLinks.picture(link);
    SharedLinks.Page page = SharedLinks.page(link);
    String url =
        photo
            ? "https://www.facebook.com/photo.php?fbid=" + post.id() + "&set=a." + post.pageId()
            : "https://l.facebook.com/l.php?u="
                + java.net.URLEncoder.encode(link, java.nio.charset.StandardCharsets.UTF_8)
                + "&h=AT0sandbox";
    JsonObjectBuilder a = SandboxJson.object();
    for (GraphFields.Field f :
        GraphFields.of(edge, "description,media,target,title,type,url").fields()) {
      switch (f.name()) {
        case "type" -> a.add("type", photo ? "photo" : "share");
        case "title" -> {
          if (!photo) {
            a.add("title", page.title());
          }
        }
        case "description" -> {
          if (!photo && page.description() != null) {
            a.add("description", page.description());
          }
        }
        case "url" -> a.add("url", url);
        case "target" -> a.add("target", SandboxJson.object().add("url", url));
        case "media" -> {
          if (photo) {
            a.add(
                "media",
                SandboxJson.object()
                    .add(
                        "image",
                        SandboxJson.object()
                            .add("height", 720)
                            .add("src", link)
                            .add("width", 720)));
          }
        }
        default -> {
          // unknown fields are left out
        }
      }
    }
    return Optional.of(a.build());
  }

  private JsonObject commentsEdge(Item post, GraphFields.Field edge, List<Item> all) {
    int limit = edge.limit(25);
    List<Item> shown = all.stream().filter(c -> c.kind() == ItemKind.COMMENT).toList();
    boolean more = shown.size() > limit;
    shown = shown.subList(0, Math.min(limit, shown.size()));
    GraphFields sub = GraphFields.of(edge, COMMENT_DEFAULTS);
    JsonArrayBuilder data = SandboxJson.array();
    for (Item c : shown) {
      data.add(commentJson(c, sub));
    }
    JsonObjectBuilder b = SandboxJson.object().add("data", data);
    if (!shown.isEmpty()) {
      b.add(
          "paging",
          edgePaging(
              shown,
              more,
              "facebook/graph/v25.0/{id}/comments",
              FacebookGraphResource.postId(post)));
    }
    if (edge.summary()) {
      b.add(
          "summary",
          SandboxJson.object()
              .add("order", "chronological")
              .add("total_count", post.replyCount())
              .add("can_comment", true));
    }
    return b.build();
  }

  /**
   * The paging of an edge shown inside its parent: the cursors of its first and last item, and the
   * URL of the edge's next page ({@code path} with {@code id}) when there is more.
   */
  private JsonObjectBuilder edgePaging(List<Item> shown, boolean more, String path, Object id) {
    String after = Cursors.facebook(shown.get(shown.size() - 1).id());
    JsonObjectBuilder paging =
        SandboxJson.object()
            .add(
                "cursors",
                SandboxJson.object()
                    .add("before", Cursors.facebook(shown.get(0).id()))
                    .add("after", after));
    if (more) {
      paging.add(
          "next",
          uri.getBaseUriBuilder().path(path).queryParam("after", after).build(id).toString());
    }
    return paging;
  }

  private JsonObject likesEdge(Item post, GraphFields.Field edge, List<Long> likers, long me) {
    int limit = edge.limit(25);
    List<Long> shown = likers.subList(0, Math.min(limit, likers.size()));
    JsonArrayBuilder data = SandboxJson.array();
    for (Long id : shown) {
      actors
          .find(FB, id)
          .ifPresent(
              a ->
                  data.add(
                      SandboxJson.object()
                          .add("id", String.valueOf(a.id()))
                          .add("name", a.name())));
    }
    JsonObjectBuilder b = SandboxJson.object().add("data", data);
    if (!shown.isEmpty()) {
      b.add(
          "paging",
          SandboxJson.object()
              .add(
                  "cursors",
                  SandboxJson.object()
                      .add("before", Cursors.facebook(shown.get(0)))
                      .add("after", Cursors.facebook(shown.get(shown.size() - 1)))));
    }
    if (edge.summary()) {
      b.add(
          "summary",
          SandboxJson.object()
              .add("total_count", Math.max(post.likeCount(), likers.size()))
              .add("can_like", true)
              .add("has_liked", likers.contains(me)));
    }
    return b.build();
  }

  JsonObject commentJson(Item c, GraphFields fields) {
    JsonObjectBuilder b = SandboxJson.object();
    for (GraphFields.Field f : fields.fields()) {
      switch (f.name()) {
        case "id" -> b.add("id", FacebookGraphResource.commentId(c));
        case "message" ->
            b.add("message", c.text() == null || SharedLinks.onlyLink(c.text()) ? "" : c.text());
        case "created_time" -> b.add("created_time", Times.facebook(c.createdAt()));
        case "from" -> {
          JsonObjectBuilder from = from(c.authorId(), false);
          if (from != null) {
            b.add("from", from);
          }
        }
        case "attachment" -> attachment(c, f).ifPresent(a -> b.add("attachment", a));
        case "like_count" -> b.add("like_count", c.likeCount());
        case "comment_count" -> b.add("comment_count", c.replyCount());
        case "parent" -> {
          if (c.parentId() != null && c.parentId() != c.rootId()) {
            b.add("parent", SandboxJson.object().add("id", c.rootId() + "_" + c.parentId()));
          }
        }
        default -> {
          // unknown fields are left out
        }
      }
    }
    return b.build();
  }

  JsonObject conversationJson(Actor page, ItemStore.Conversation c, GraphFields fields) {
    JsonObjectBuilder b = SandboxJson.object();
    for (GraphFields.Field f : fields.fields()) {
      switch (f.name()) {
        case "id" -> b.add("id", "t_" + c.peerId());
        case "updated_time" -> b.add("updated_time", Times.facebook(c.updated()));
        case "participants" -> {
          JsonArrayBuilder people = SandboxJson.array();
          JsonObjectBuilder peer = from(c.peerId(), true);
          if (peer != null) {
            people.add(peer);
          }
          people.add(from(page.id(), true));
          b.add("participants", SandboxJson.object().add("data", people));
        }
        case "messages" -> {
          int limit = f.limit(20);
          List<Item> found = items.messages(page.id(), c.peerId(), null, limit + 1);
          boolean more = found.size() > limit;
          found = found.subList(0, Math.min(limit, found.size()));
          GraphFields sub = GraphFields.of(f, "id,created_time");
          JsonArrayBuilder data = SandboxJson.array();
          for (Item m : found) {
            data.add(messageJson(m, sub, page.id(), c.peerId()));
          }
          JsonObjectBuilder messages = SandboxJson.object().add("data", data);
          if (!found.isEmpty()) {
            messages.add(
                "paging",
                edgePaging(found, more, "facebook/graph/v25.0/t_{peer}/messages", c.peerId()));
          }
          b.add("messages", messages);
        }
        case "message_count" -> b.add("message_count", items.messageCount(page.id(), c.peerId()));
        case "unread_count" -> b.add("unread_count", 0);
        case "snippet" -> {
          List<Item> lastOne = items.messages(page.id(), c.peerId(), null, 1);
          if (!lastOne.isEmpty() && lastOne.get(0).text() != null) {
            b.add("snippet", lastOne.get(0).text());
          }
        }
        default -> {
          // unknown fields are left out
        }
      }
    }
    return b.build();
  }

  /** A Messenger message between the page and a person, with the fields asked for. */
  JsonObject messageJson(Item m, GraphFields fields, long pageId, long peerId) {
    JsonObjectBuilder mb = SandboxJson.object();
    for (GraphFields.Field f : fields.fields()) {
      switch (f.name()) {
        case "id" -> mb.add("id", "m_" + m.id());
        case "message" -> mb.add("message", m.text() == null ? "" : m.text());
        case "created_time" -> mb.add("created_time", Times.facebook(m.createdAt()));
        case "from" -> {
          JsonObjectBuilder from = from(m.authorId(), true);
          if (from != null) {
            mb.add("from", from);
          }
        }
        case "to" -> {
          long to = m.authorId() == pageId ? peerId : pageId;
          JsonObjectBuilder target = from(to, true);
          mb.add(
              "to",
              SandboxJson.object()
                  .add(
                      "data",
                      target == null ? SandboxJson.array() : SandboxJson.array().add(target)));
        }
        default -> {
          // unknown fields are left out
        }
      }
    }
    return mb.build();
  }
}
