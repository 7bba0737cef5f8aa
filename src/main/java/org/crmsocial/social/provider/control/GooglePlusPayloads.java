package org.crmsocial.social.provider.control;

import java.util.List;
import org.crmsocial.platform.control.NetworkHtml;
import org.crmsocial.social.provider.model.Attachment;
import org.crmsocial.social.provider.model.ItemCounts;
import org.crmsocial.social.provider.model.ItemKind;
import org.crmsocial.social.provider.model.NetworkItem;
import org.crmsocial.social.provider.model.NetworkPage;
import org.crmsocial.social.provider.model.NetworkPerson;
import org.crmsocial.social.provider.model.RichContent;
import org.crmsocial.social.provider.model.StreamPage;

/**
 * The Google+ API v1 and Pages API v2 JSON shapes (bound as named: {@code nextPageToken}) and their
 * mapping to network-neutral records. The last page has no {@code nextPageToken}. An activity's or
 * comment's {@code object.content} is HTML (entities, {@code <br />}, links, bold, italic); {@code
 * originalContent}, where given, is the same text plain: the item's text is the plain one, its rich
 * text the HTML through the one sanitizer ({@link NetworkHtml}).
 */
final class GooglePlusPayloads {

  private GooglePlusPayloads() {}

  public record Image(String url) {}

  public record Person(String id, String displayName, String url, Image image, String objectType) {}

  public record PeopleFeed(List<Person> items, String nextPageToken) {}

  public record Count(Long totalItems) {}

  /**
   * One of an activity's {@code object.attachments}: an {@code article} (a shared link: {@code
   * displayName} its title, {@code content} its description), a {@code photo}, a {@code video}.
   */
  public record GoogleAttachment(
      String objectType, String displayName, String content, String url, Image image) {}

  public record Content(
      String objectType,
      String content,
      String originalContent,
      Count replies,
      Count plusoners,
      Count resharers,
      List<GoogleAttachment> attachments) {}

  public record Activity(
      String id,
      String title,
      String published,
      String url,
      Person actor,
      String verb,
      Content object) {}

  public record ActivityFeed(List<Activity> items, String nextPageToken) {}

  public record Target(String id, String url) {}

  public record Comment(
      String id,
      String published,
      Person actor,
      Content object,
      List<Target> inReplyTo,
      Count plusoners) {}

  public record CommentFeed(List<Comment> items, String nextPageToken) {}

  public record NewContent(String originalContent) {}

  public record AccessItem(String type) {}

  public record Access(List<AccessItem> items) {}

  public record NewActivity(NewContent object, Access access) {}

  public record NewComment(NewContent object) {}

  public record Created(String id) {}

  static NetworkPerson person(Person person) {
    return person == null || person.id() == null
        ? null
        : new NetworkPerson(
            person.id(),
            null,
            person.displayName(),
            person.image() == null ? null : person.image().url(),
            person.url());
  }

  static NetworkPage page(Person page) {
    return new NetworkPage(page.id(), page.displayName(), null, null, page.url());
  }

  static StreamPage<NetworkItem> activities(ActivityFeed feed) {
    List<NetworkItem> items =
        NetworkClientBase.listOf(feed.items()).stream()
            .filter(a -> a.id() != null)
            .map(
                a ->
                    new NetworkItem(
                        a.id(),
                        ItemKind.POST,
                        person(a.actor()),
                        null,
                        null,
                        text(a.object(), a.title()),
                        JsonCodec.instant(a.published()),
                        counts(a.object()),
                        a.url(),
                        null,
                        rich(a.object())))
            .toList();
    return new StreamPage<>(items, blankToNull(feed.nextPageToken()), null);
  }

  static StreamPage<NetworkItem> comments(CommentFeed feed, String activityId) {
    List<NetworkItem> items =
        NetworkClientBase.listOf(feed.items()).stream()
            .filter(c -> c.id() != null)
            .map(
                c ->
                    new NetworkItem(
                        c.id(),
                        ItemKind.COMMENT,
                        person(c.actor()),
                        NetworkClientBase.listOf(c.inReplyTo()).stream()
                            .map(Target::id)
                            .filter(id -> id != null)
                            .findFirst()
                            .orElse(activityId),
                        null,
                        text(c.object(), null),
                        JsonCodec.instant(c.published()),
                        new ItemCounts(total(c.plusoners()), 0, 0),
                        null,
                        null,
                        rich(c.object())))
            .toList();
    return new StreamPage<>(items, blankToNull(feed.nextPageToken()), null);
  }

  /**
   * The plain text: {@code originalContent} where given, else the text of the HTML {@code content},
   * else {@code fallback} (an activity's {@code title}, plain text too).
   */
  static String text(Content content, String fallback) {
    if (content != null && content.originalContent() != null) {
      return content.originalContent();
    }
    if (content != null && content.content() != null) {
      return NetworkHtml.plainText(content.content());
    }
    return fallback;
  }

  /** The HTML {@code content}, sanitized, as the item's rich text, and its first attachment. */
  static RichContent rich(Content content) {
    if (content == null) {
      return RichContent.NONE;
    }
    return new RichContent(
        content.content() == null ? null : NetworkHtml.sanitize(content.content()),
        NetworkClientBase.listOf(content.attachments()).stream()
            .map(
                a ->
                    Attachment.of(
                        a.objectType(),
                        a.displayName(),
                        a.content(),
                        a.url(),
                        a.image() == null ? null : a.image().url()))
            .filter(a -> a != null)
            .findFirst()
            .orElse(null));
  }

  private static ItemCounts counts(Content content) {
    return content == null
        ? ItemCounts.NONE
        : new ItemCounts(
            total(content.plusoners()), total(content.replies()), total(content.resharers()));
  }

  private static long total(Count count) {
    return count == null || count.totalItems() == null ? 0 : count.totalItems();
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
