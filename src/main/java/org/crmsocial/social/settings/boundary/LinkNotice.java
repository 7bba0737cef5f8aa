package org.crmsocial.social.settings.boundary;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.settings.control.PageChoice;

/**
 * What the OAuth popup has to tell the settings page, handed over in the session: the callback
 * stores it, the settings page shows it once. {@code leaveSettings}: the account had no page and
 * the user is taken off the settings page (S-10, S-16). {@code pages}: what the consent listed for
 * an account waiting for its page, so the Add Page dialog opens without asking the network again.
 */
public record LinkNotice(
    Network network,
    boolean error,
    boolean leaveSettings,
    String key,
    String[] args,
    List<PageChoice> pages)
    implements Serializable {

  public LinkNotice {
    pages = pages == null ? List.of() : List.copyOf(pages);
  }

  static final String ATTRIBUTE = LinkNotice.class.getName();

  static LinkNotice info(Network network, String key, Object... args) {
    return new LinkNotice(network, false, false, key, strings(args), null);
  }

  /** The same notice with the pages the consent listed. */
  LinkNotice withPages(List<PageChoice> choices) {
    return new LinkNotice(network, error, leaveSettings, key, args, choices);
  }

  static LinkNotice error(Network network, String key, Object... args) {
    return new LinkNotice(network, true, false, key, strings(args), null);
  }

  static LinkNotice noPage(Network network, String key, Object... args) {
    return new LinkNotice(network, true, true, key, strings(args), null);
  }

  private static String[] strings(Object... args) {
    return Arrays.stream(args).map(a -> a == null ? "" : a.toString()).toArray(String[]::new);
  }

  void store(HttpSession session) {
    session.setAttribute(ATTRIBUTE, this);
  }

  /** The notice of this session, removed; null if there is none. */
  static LinkNotice take(HttpSession session) {
    if (session == null) {
      return null;
    }
    Object notice = session.getAttribute(ATTRIBUTE);
    session.removeAttribute(ATTRIBUTE);
    return notice instanceof LinkNotice n ? n : null;
  }
}
