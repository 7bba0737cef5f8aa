package org.crmsocial.social.provider.model;

import java.io.Serializable;

/**
 * What a post shares beyond its text: a link, a photo, a video or an event (Graph's {@code
 * attachments}). Every value came from the network and is untrusted: pages escape it, and link to
 * or show {@code url} and {@code imageUrl} only when they are http(s).
 *
 * @param type the network's kind of attachment ({@code share}, {@code photo}, {@code video_inline},
 *     {@code event}…), or null
 * @param title the shared page's or event's title, or null
 * @param description its description, or null
 * @param url where it leads, or null
 * @param imageUrl its picture (Graph's {@code media.image.src}), or null
 */
public record Attachment(String type, String title, String description, String url, String imageUrl)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** An attachment with nothing to show is none. */
  public static Attachment of(
      String type, String title, String description, String url, String imageUrl) {
    return blank(title) && blank(description) && blank(url) && blank(imageUrl)
        ? null
        : new Attachment(type, title, description, url, imageUrl);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
