package org.crmsocial.platform.boundary;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * How a request path is read for access decisions. A container accepts many spellings of one path
 * ({@code /app//setup/x.xhtml}, {@code /app/./setup/…}, {@code /app/y/../setup/…}, {@code
 * /app/%73etup/…}, {@code /app/setup;p/…}); access is decided on the one path they all resolve to,
 * and the protected areas are served only under their canonical spelling.
 */
public final class RequestPaths {

  private RequestPaths() {}

  /**
   * The path every spelling of {@code raw} resolves to, in lower case: percent escapes decoded,
   * backslashes and repeated slashes read as one slash, {@code ;} parameters dropped, {@code .} and
   * {@code ..} segments resolved. {@code null} when it cannot be read (a bad escape, or {@code ..}
   * above the root).
   */
  public static String resolved(String raw) {
    String decoded = decode(raw);
    if (decoded == null) {
      return null;
    }
    Deque<String> segments = new ArrayDeque<>();
    for (String segment : decoded.replace('\\', '/').split("/")) {
      int parameters = segment.indexOf(';');
      String name = parameters < 0 ? segment : segment.substring(0, parameters);
      if (name.isEmpty() || name.equals(".")) {
        continue;
      }
      if (name.equals("..")) {
        if (segments.pollLast() == null) {
          return null;
        }
        continue;
      }
      segments.addLast(name);
    }
    String path = "/" + String.join("/", segments);
    if (decoded.endsWith("/") && !segments.isEmpty()) {
      path += "/";
    }
    return path.toLowerCase(Locale.ROOT);
  }

  /** Whether {@code raw} is already in the one spelling that {@link #resolved} gives. */
  public static boolean isCanonical(String raw) {
    return raw.equals(resolved(raw));
  }

  /** The areas that need more than a signed-in user, and the start page that leads to them. */
  public static boolean isProtected(String resolvedPath) {
    return resolvedPath.startsWith("/app/")
        || resolvedPath.startsWith("/social/")
        || resolvedPath.equals("/app")
        || resolvedPath.equals("/social");
  }

  private static String decode(String raw) {
    if (raw.indexOf('%') < 0) {
      return raw;
    }
    byte[] out = new byte[raw.length()];
    int n = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          return null;
        }
        int hi = Character.digit(raw.charAt(i + 1), 16);
        int lo = Character.digit(raw.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return null;
        }
        out[n++] = (byte) (hi * 16 + lo);
        i += 2;
      } else if (c < 0x80) {
        out[n++] = (byte) c;
      } else {
        return null; // a request line carries only ASCII
      }
    }
    return new String(out, 0, n, java.nio.charset.StandardCharsets.UTF_8);
  }
}
