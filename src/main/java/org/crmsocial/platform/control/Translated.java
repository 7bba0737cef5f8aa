package org.crmsocial.platform.control;

import java.io.Serializable;
import java.util.Objects;

/**
 * A message argument that is itself a message key, shown in the reader's language: a refusal names
 * an action by the label its page shows ("Reply to DMs", "DM への返信"), never by an internal name.
 *
 * @param key a key of the {@code messages} bundle
 */
public record Translated(String key) implements Serializable {

  private static final long serialVersionUID = 1L;

  public Translated {
    Objects.requireNonNull(key, "key");
  }

  /** The key (what a log or an exception's message shows). */
  @Override
  public String toString() {
    return key;
  }
}
