package org.crmsocial.sandbox.control;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The links in a sandbox item's text, as each network shows them (PROVIDERS.md, docs/providers.md):
 * Graph turns the first into a post's {@code attachments} (a photo when it is a picture, else a
 * shared link with the page's title), X wraps every one in a {@code t.co} address with its {@code
 * entities.urls}, Google+ links them in its HTML {@code content}. Stored items keep the text as
 * written; only what the networks serve is derived here.
 */
public final class SharedLinks {

  /** An http(s) address in text: up to the next space or markup character. */
  private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");

  /** What X counts any link as (and the length of its {@code t.co} address). */
  static final int TCO_LENGTH = 23;

  private static final int DISPLAY_MAX = 26;

  private static final String BASE62 =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  private SharedLinks() {}

  /** One link in a text: the characters {@code [start, end)}. */
  public record Found(int start, int end, String url) {}

  /** A link as Graph's crawler shows it. */
  public record Page(String title, String description) {}

  /** The links in {@code text}, in order (none for null). */
  public static List<Found> in(String text) {
    List<Found> found = new ArrayList<>();
    if (text == null) {
      return found;
    }
    Matcher m = URL.matcher(text);
    while (m.find()) {
      String url = m.group();
      while (!url.isEmpty() && ".,!?)".indexOf(url.charAt(url.length() - 1)) >= 0) {
        url = url.substring(0, url.length() - 1); // the sentence's punctuation, not the link's
      }
      found.add(new Found(m.start(), m.start() + url.length(), url));
    }
    return found;
  }

  /** Whether the whole text is one link (Graph: a share without a message). */
  public static boolean onlyLink(String text) {
    List<Found> found = in(text);
    return found.size() == 1 && found.get(0).url().equals(text.strip());
  }

  /** Whether {@code url} is a picture (a photo on Graph). */
  public static boolean picture(String url) {
    String path = path(url).toLowerCase(Locale.ROOT);
    return path.endsWith(".jpg")
        || path.endsWith(".jpeg")
        || path.endsWith(".png")
        || path.endsWith(".gif");
  }

  /** The demo page's title and description, else its host as title. */
  public static Page page(String url) {
    String[] known = DemoData.LINKS.get(url);
    return known != null ? new Page(known[0], known[1]) : new Page(host(url), null);
  }

  /** X's {@code t.co} address for {@code url}: the same for the same link, 23 characters. */
  public static String tco(String url) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
      StringBuilder code = new StringBuilder("https://t.co/");
      for (int i = 0; code.length() < TCO_LENGTH; i++) {
        code.append(BASE62.charAt((hash[i] & 0xff) % BASE62.length()));
      }
      return code.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /** X's {@code display_url}: no scheme, no {@code www.}, cut with "…" past 26 characters. */
  public static String display(String url) {
    String shown = url.replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
    return shown.length() <= DISPLAY_MAX ? shown : shown.substring(0, DISPLAY_MAX - 1) + "…";
  }

  static String host(String url) {
    try {
      String host = URI.create(url).getHost();
      return host == null ? url : host.replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  private static String path(String url) {
    try {
      String path = URI.create(url).getPath();
      return path == null ? "" : path;
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
