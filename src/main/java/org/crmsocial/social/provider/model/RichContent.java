package org.crmsocial.social.provider.model;

import java.io.Serializable;

/**
 * What an item shows beyond its plain text: its text as rich text and what it shares.
 *
 * @param html the text as HTML, where the network sends HTML (Google+ {@code object.content}) or
 *     its text has links (X's {@code entities.urls}); already sanitized, and sanitized again by the
 *     page that shows it; null (blank is null) where the plain text says it all
 * @param attachment the link, photo or event it shares, or null
 */
public record RichContent(String html, Attachment attachment) implements Serializable {

  private static final long serialVersionUID = 1L;

  public RichContent {
    html = html == null || html.isBlank() ? null : html;
  }

  /** Nothing beyond the plain text. */
  public static final RichContent NONE = new RichContent(null, null);

  /** Whether there is nothing beyond the plain text. */
  public boolean isEmpty() {
    return html == null && attachment == null;
  }
}
