package org.crmsocial.platform.boundary;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.crmsocial.platform.control.RuleViolation;
import org.crmsocial.platform.control.Translated;

/** The UI text of {@code org.crmsocial.i18n.messages} in the current user's language. */
public final class Messages {

  public static final String BUNDLE = "org.crmsocial.i18n.messages";

  private Messages() {}

  /** The text of {@code key} with its arguments, in {@code locale}; the key itself if missing. */
  public static String text(Locale locale, String key, Object... args) {
    String pattern;
    try {
      pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return args.length == 0
        ? pattern
        : new MessageFormat(pattern, locale).format(translated(locale, args));
  }

  /** The arguments, each {@link Translated} one replaced by its text in {@code locale}. */
  private static Object[] translated(Locale locale, Object[] args) {
    Object[] out = args.clone();
    for (int n = 0; n < out.length; n++) {
      if (out[n] instanceof Translated t) {
        out[n] = text(locale, t.key());
      }
    }
    return out;
  }

  /** The text of {@code key} in the current view's language. */
  public static String text(String key, Object... args) {
    return text(currentLocale(), key, args);
  }

  /**
   * The signed-in user's language (the one {@code <f:view locale>} gives the page). Not the view
   * root's: a view action runs before the template's {@code f:view} has set it, so its messages
   * would come out in the default language.
   */
  public static Locale currentLocale() {
    FacesContext context = FacesContext.getCurrentInstance();
    if (context == null) {
      return Locale.ENGLISH;
    }
    Instance<UserLanguage> session = CDI.current().select(UserLanguage.class);
    if (session.isResolvable()) {
      return session.get().getLocale();
    }
    return context.getViewRoot() == null ? Locale.ENGLISH : context.getViewRoot().getLocale();
  }

  public static void info(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_INFO, text(key, args));
  }

  public static void error(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_ERROR, text(key, args));
  }

  /** Shows a refused request's message; {@code clientId} puts it next to a field. */
  public static void error(String clientId, RuleViolation violation) {
    add(clientId, FacesMessage.SEVERITY_ERROR, text(violation.getKey(), violation.getArgs()));
  }

  private static void add(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext context = FacesContext.getCurrentInstance();
    context.addMessage(clientId, new FacesMessage(severity, text, null));
    context.getExternalContext().getFlash().setKeepMessages(true);
  }
}
