package org.crmsocial.social.people.control;

import org.crmsocial.platform.control.PersonName;

/**
 * Turns a network display name into the first and last name of a new lead or contact (S-20). Kept
 * deliberately simple, because a display name is free text:
 *
 * <ul>
 *   <li>one word (or a name without spaces, such as {@code 山田太郎}): all of it is the last name;
 *   <li>a name written in a CJK script with a space ({@code 山田 太郎}): the family name comes first
 *       ({@link PersonName#writtenFamilyFirst}), so the first word is the last name and the rest
 *       the first name;
 *   <li>any other name with spaces ({@code Taro Yamada}, {@code Mary Ann Lee}): the last word is
 *       the last name and the words before it the first name.
 * </ul>
 *
 * A person without a display name is named after their handle, else their network user id. Names
 * are cut to the lengths a lead or contact holds; the user can correct them on the edit page.
 */
public final class PersonNames {

  static final int MAX_FIRST = 80;
  static final int MAX_LAST = 80;

  private PersonNames() {}

  /** A first name (may be null) and a last name (never blank). */
  public record Split(String firstName, String lastName) {}

  /**
   * Splits {@code displayName}; falls back to {@code handle}, then {@code externalId}, when it is
   * blank.
   */
  public static Split split(String displayName, String handle, String externalId) {
    String name = normalize(displayName);
    if (name.isEmpty()) {
      name = normalize(handle);
    }
    if (name.isEmpty()) {
      name = normalize(externalId);
    }
    int firstSpace = name.indexOf(' ');
    if (firstSpace < 0) {
      return new Split(null, cut(name, MAX_LAST));
    }
    if (PersonName.writtenFamilyFirst(name)) {
      return new Split(
          cut(name.substring(firstSpace + 1), MAX_FIRST),
          cut(name.substring(0, firstSpace), MAX_LAST));
    }
    int lastSpace = name.lastIndexOf(' ');
    return new Split(
        cut(name.substring(0, lastSpace), MAX_FIRST), cut(name.substring(lastSpace + 1), MAX_LAST));
  }

  /** Blanks (including the ideographic space U+3000) collapsed to single spaces, trimmed. */
  private static String normalize(String text) {
    return text == null ? "" : text.replace('\u3000', ' ').strip().replaceAll("\\s+", " ");
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
