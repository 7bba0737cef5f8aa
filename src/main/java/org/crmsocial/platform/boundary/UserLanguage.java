package org.crmsocial.platform.boundary;

/**
 * The signed-in user's language, as the pages speak it. The security feature provides it (its
 * session bean); {@link Messages} only asks, so that messages come out in the reader's language.
 */
public interface UserLanguage {

  java.util.Locale getLocale();
}
