package org.crmsocial.sandbox.boundary;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Request parameters as the networks take them: the query merged with a form body (Facebook and
 * Google accept either), and JSON bodies parsed leniently enough to answer malformed JSON with the
 * network's own error rather than the container's.
 */
final class Params {

  private Params() {}

  /** The query parameters plus those of an {@code application/x-www-form-urlencoded} body. */
  static MultivaluedMap<String, String> merged(
      MultivaluedMap<String, String> query, String body, String contentType) {
    MultivaluedMap<String, String> all = new MultivaluedHashMap<>();
    query.forEach(all::addAll);
    if (body != null
        && !body.isBlank()
        && (contentType == null
            || contentType.toLowerCase().startsWith("application/x-www-form"))) {
      for (String pair : body.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String k = eq < 0 ? pair : pair.substring(0, eq);
        String v = eq < 0 ? "" : pair.substring(eq + 1);
        all.add(
            URLDecoder.decode(k, StandardCharsets.UTF_8),
            URLDecoder.decode(v, StandardCharsets.UTF_8));
      }
    }
    return all;
  }

  /** A JSON object body, or empty if the body is not a JSON object. */
  static Optional<JsonObject> json(String body) {
    if (body == null || body.isBlank()) {
      return Optional.empty();
    }
    try (JsonReader r = Json.createReader(new StringReader(body))) {
      return Optional.of(r.readObject());
    } catch (JsonException | IllegalStateException e) {
      return Optional.empty();
    }
  }

  /** A string member of a JSON object by path ({@code "reply", "in_reply_to_tweet_id"}). */
  static String string(JsonObject o, String... path) {
    jakarta.json.JsonValue v = o;
    for (String p : path) {
      if (!(v instanceof JsonObject obj) || !obj.containsKey(p)) {
        return null;
      }
      v = obj.get(p);
    }
    if (v instanceof jakarta.json.JsonString s) {
      return s.getString();
    }
    if (v instanceof jakarta.json.JsonNumber n) {
      return n.toString();
    }
    return null;
  }

  /** The id and secret of an HTTP Basic {@code Authorization} header. */
  record Basic(String id, String secret) {}

  /**
   * The credentials of an HTTP Basic {@code Authorization} header; empty when the header is not
   * Basic; an empty id when it does not decode.
   */
  static Optional<Basic> basic(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    try {
      String[] parts =
          new String(
                  java.util.Base64.getDecoder().decode(authorization.substring(6).trim()),
                  java.nio.charset.StandardCharsets.UTF_8)
              .split(":", 2);
      return Optional.of(new Basic(parts[0], parts.length > 1 ? parts[1] : null));
    } catch (IllegalArgumentException e) {
      return Optional.of(new Basic("", null));
    }
  }
}
