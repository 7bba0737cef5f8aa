package org.crmsocial.social.provider.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crmsocial.social.provider.model.Attachment;
import org.crmsocial.social.provider.model.ItemCounts;
import org.crmsocial.social.provider.model.ItemKind;
import org.crmsocial.social.provider.model.NetworkItem;
import org.crmsocial.social.provider.model.NetworkPage;
import org.crmsocial.social.provider.model.NetworkPerson;
import org.crmsocial.social.provider.model.RichContent;
import org.crmsocial.social.provider.model.StreamPage;

/**
 * The Graph API's JSON shapes (bound in snake case: {@code created_time} → {@code createdTime}) and
 * their mapping to network-neutral records. Every field may be absent: {@code from} when the
 * person's privacy hides them, {@code message} on a shared photo or link (which has a {@code story}
 * and {@code attachments} instead), {@code paging.next} on the last page.
 */
final class FacebookPayloads {

  private FacebookPayloads() {}

  public record Me(String id, String name) {}

  public record Permission(String permission, String status) {}

  public record Permissions(List<Permission> data, Paging paging) {}

  public record Cursors(String before, String after) {}

  public record Paging(Cursors cursors, String next) {}

  public record Account(String id, String name, String accessToken, String category) {}

  public record Accounts(List<Account> data, Paging paging) {}

  public record From(String id, String name) {}

  public record Summary(Long totalCount) {}

  /** A comment; {@code attachment} (one, unlike a post's list) is its photo, sticker or link. */
  public record Comment(
      String id,
      String message,
      String createdTime,
      From from,
      Long likeCount,
      AttachmentData attachment) {}

  public record Comments(List<Comment> data, Paging paging, Summary summary) {}

  public record Likes(Summary summary) {}

  public record Shares(Long count) {}

  /** Graph's {@code media.image}: the picture of a shared link, photo or video. */
  public record MediaImage(String src) {}

  public record Media(MediaImage image) {}

  /** One of a post's {@code attachments}: what it shares. */
  public record AttachmentData(
      String type, String title, String description, String url, Media media) {}

  public record Attachments(List<AttachmentData> data) {}

  public record Post(
      String id,
      String message,
      String story,
      String createdTime,
      From from,
      String permalinkUrl,
      Attachments attachments,
      Comments comments,
      Likes likes,
      Shares shares) {}

  public record Feed(List<Post> data, Paging paging) {}

  public record Message(String id, String message, String createdTime, From from) {}

  public record Messages(List<Message> data, Paging paging) {}

  public record Conversation(String id, String updatedTime, Long messageCount, Messages messages) {}

  public record Conversations(List<Conversation> data, Paging paging) {}

  public record Created(String id) {}

  public record Success(Boolean success) {}

  public record Recipient(String id) {}

  public record Text(String text) {}

  public record MessageRequest(Recipient recipient, String messagingType, Text message) {}

  public record MessageSent(String recipientId, String messageId) {}

  /** The cursor for the next page: {@code after}, only while Facebook says there is a next page. */
  static String next(Paging paging) {
    return paging != null && paging.next() != null && paging.cursors() != null
        ? paging.cursors().after()
        : null;
  }

  static NetworkPerson person(From from) {
    return from == null || from.id() == null
        ? null
        : new NetworkPerson(from.id(), null, from.name(), null, null);
  }

  static NetworkPage page(Account account) {
    return new NetworkPage(
        account.id(), account.name(), account.accessToken(), account.category(), null);
  }

  /** Each post, followed by the comments that came with it (parent: the post). */
  static StreamPage<NetworkItem> feed(Feed feed) {
    List<NetworkItem> items = new ArrayList<>();
    Instant newest = null;
    for (Post post : NetworkClientBase.listOf(feed.data())) {
      if (post.id() == null) {
        continue;
      }
      Instant created = JsonCodec.instant(post.createdTime());
      newest = newest == null || (created != null && created.isAfter(newest)) ? created : newest;
      items.add(
          new NetworkItem(
              post.id(),
              ItemKind.POST,
              person(post.from()),
              null,
              null,
              post.message() != null && !post.message().isBlank() ? post.message() : post.story(),
              created,
              new ItemCounts(
                  total(post.likes() == null ? null : post.likes().summary()),
                  total(post.comments() == null ? null : post.comments().summary()),
                  post.shares() == null || post.shares().count() == null
                      ? 0
                      : post.shares().count()),
              post.permalinkUrl(),
              null,
              new RichContent(null, attachment(post.attachments()))));
      if (post.comments() != null) {
        items.addAll(comments(post.comments(), post.id()).items());
      }
    }
    return new StreamPage<>(
        items, next(feed.paging()), newest == null ? null : Long.toString(newest.getEpochSecond()));
  }

  /**
   * The first of a post's attachments (a post shares one link, photo, video or event; an album's
   * photos are its sub-attachments), its address freed from Facebook's {@code l.facebook.com}
   * redirect so the page shows where it leads.
   */
  static Attachment attachment(Attachments attachments) {
    if (attachments == null) {
      return null;
    }
    for (AttachmentData a : NetworkClientBase.listOf(attachments.data())) {
      Attachment shown =
          Attachment.of(
              a.type(),
              a.title(),
              a.description(),
              unwrapped(a.url()),
              a.media() == null || a.media().image() == null ? null : a.media().image().src());
      if (shown != null) {
        return shown;
      }
    }
    return null;
  }

  /**
   * Graph gives a shared link's {@code url} through its redirector, {@code
   * https://l.facebook.com/l.php?u=<the address>&h=…}: the address itself, else {@code url} as it
   * is.
   */
  static String unwrapped(String url) {
    if (url == null) {
      return null;
    }
    try {
      java.net.URI uri = java.net.URI.create(url);
      if ("l.facebook.com".equalsIgnoreCase(uri.getHost()) && uri.getRawQuery() != null) {
        for (String pair : uri.getRawQuery().split("&")) {
          if (pair.startsWith("u=")) {
            return java.net.URLDecoder.decode(
                pair.substring(2), java.nio.charset.StandardCharsets.UTF_8);
          }
        }
      }
    } catch (IllegalArgumentException e) {
      // not a URI: shown as given, and linked only if it is http(s)
    }
    return url;
  }

  static StreamPage<NetworkItem> comments(Comments comments, String parentId) {
    List<NetworkItem> items =
        NetworkClientBase.listOf(comments.data()).stream()
            .filter(c -> c.id() != null)
            .map(
                c ->
                    new NetworkItem(
                        c.id(),
                        ItemKind.COMMENT,
                        person(c.from()),
                        parentId,
                        null,
                        c.message(),
                        JsonCodec.instant(c.createdTime()),
                        new ItemCounts(c.likeCount() == null ? 0 : c.likeCount(), 0, 0),
                        null,
                        null,
                        new RichContent(
                            null,
                            c.attachment() == null
                                ? null
                                : attachment(new Attachments(List.of(c.attachment()))))))
            .toList();
    return new StreamPage<>(items, next(comments.paging()), null);
  }

  /**
   * Every message of every conversation, with the conversation's id; the page's thread sizes are
   * the conversations' message counts, where given.
   */
  static StreamPage<NetworkItem> conversations(Conversations conversations) {
    List<NetworkItem> items = new ArrayList<>();
    Map<String, Long> sizes = new HashMap<>();
    for (Conversation conversation : NetworkClientBase.listOf(conversations.data())) {
      if (conversation.id() != null && conversation.messageCount() != null) {
        sizes.put(conversation.id(), conversation.messageCount());
      }
      if (conversation.messages() != null) {
        items.addAll(messages(conversation.messages(), conversation.id()).items());
      }
    }
    return new StreamPage<>(items, next(conversations.paging()), null, sizes);
  }

  /** The messages of one conversation. */
  static StreamPage<NetworkItem> messages(Messages messages, String conversationId) {
    List<NetworkItem> items =
        NetworkClientBase.listOf(messages.data()).stream()
            .filter(m -> m.id() != null)
            .map(
                m ->
                    new NetworkItem(
                        m.id(),
                        ItemKind.MESSAGE,
                        person(m.from()),
                        null,
                        conversationId,
                        m.message(),
                        JsonCodec.instant(m.createdTime()),
                        ItemCounts.NONE,
                        null))
            .toList();
    return new StreamPage<>(items, next(messages.paging()), null);
  }

  static List<String> granted(Permissions permissions) {
    return NetworkClientBase.listOf(permissions.data()).stream()
        .filter(p -> "granted".equals(p.status()))
        .map(Permission::permission)
        .filter(Objects::nonNull)
        .toList();
  }

  private static long total(Summary summary) {
    return summary == null || summary.totalCount() == null ? 0 : summary.totalCount();
  }
}
