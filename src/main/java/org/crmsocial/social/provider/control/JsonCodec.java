package org.crmsocial.social.provider.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.config.PropertyNamingStrategy;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Optional;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.ProviderException;

/**
 * JSON for one network: JSON-B binding of payload records with the network's naming ({@code
 * created_time} or {@code nextPageToken}), and JSON-P navigation for error bodies whose shape
 * varies. Unknown fields are ignored and field order never matters, as the networks add fields
 * freely; an answer that is not JSON at all is a {@link ProviderException.Transient}.
 */
final class JsonCodec {

  /**
   * Network timestamps: {@code 2026-11-20T09:12:44+0000} (Facebook), {@code
   * 2026-11-21T03:10:00.000Z} (Twitter, Google), or any ISO offset form.
   */
  static final DateTimeFormatter TIMESTAMP =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .appendLiteral('T')
          .appendPattern("HH:mm:ss")
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .toFormatter();

  private final Network network;
  private final Jsonb jsonb;

  private JsonCodec(Network network, Jsonb jsonb) {
    this.network = network;
    this.jsonb = jsonb;
  }

  /** Fields such as {@code created_time} bind to record components such as {@code createdTime}. */
  static JsonCodec snakeCase(Network network) {
    return new JsonCodec(
        network,
        JsonbBuilder.create(
            new JsonbConfig()
                .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES)));
  }

  /** Field names bind as they are ({@code nextPageToken}). */
  static JsonCodec camelCase(Network network) {
    return new JsonCodec(network, JsonbBuilder.create(new JsonbConfig()));
  }

  /** Binds an answer's body, or fails as {@code Transient} if it is not the JSON expected. */
  <T> T read(ApiResponse response, Class<T> type, String what) {
    try {
      T value = jsonb.fromJson(response.body(), type);
      if (value == null) {
        throw unreadable(what, response);
      }
      return value;
    } catch (JsonbException | JsonException | ClassCastException e) {
      throw unreadable(what, response);
    }
  }

  String write(Object payload) {
    return jsonb.toJson(payload);
  }

  private ProviderException.Transient unreadable(String what, ApiResponse response) {
    return new ProviderException.Transient(
        network,
        ProviderException.Detail.noResponse(
            "the answer to "
                + what
                + " is not the JSON expected (HTTP "
                + response.status()
                + ")"));
  }

  /** The body as a JSON object, if it is one. */
  static Optional<JsonObject> object(String body) {
    if (body == null || body.isBlank()) {
      return Optional.empty();
    }
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      JsonValue value = reader.readValue();
      return value instanceof JsonObject object ? Optional.of(object) : Optional.empty();
    } catch (JsonException | IllegalStateException e) {
      return Optional.empty();
    }
  }

  /** The object under {@code name}, if there is one. */
  static Optional<JsonObject> object(JsonObject parent, String name) {
    return parent != null && parent.get(name) instanceof JsonObject child
        ? Optional.of(child)
        : Optional.empty();
  }

  /** The first element of the array under {@code name}, if it is an object. */
  static Optional<JsonObject> first(JsonObject parent, String name) {
    return parent != null
            && parent.get(name) instanceof JsonArray array
            && !array.isEmpty()
            && array.get(0) instanceof JsonObject first
        ? Optional.of(first)
        : Optional.empty();
  }

  /** A string or number member as text, if present. */
  static Optional<String> text(JsonObject parent, String name) {
    if (parent == null) {
      return Optional.empty();
    }
    JsonValue value = parent.get(name);
    if (value instanceof JsonString string) {
      return Optional.of(string.getString());
    }
    if (value instanceof JsonNumber number) {
      return Optional.of(number.toString());
    }
    return Optional.empty();
  }

  /** An integer member (also when sent as a string), if present. */
  static Optional<Long> number(JsonObject parent, String name) {
    return text(parent, name)
        .flatMap(
            value -> {
              try {
                return Optional.of(Long.parseLong(value.strip()));
              } catch (NumberFormatException e) {
                return Optional.empty();
              }
            });
  }

  /** A network timestamp as an instant; null when absent or unreadable (never fails a page). */
  static Instant instant(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    Instant usual = usual(text);
    if (usual != null) {
      return usual;
    }
    try {
      return OffsetDateTime.parse(text, TIMESTAMP).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static final int[] NANOS_PER_DIGIT = {
    100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1
  };

  /**
   * The networks' usual shapes ({@code yyyy-MM-ddTHH:mm:ss}, an optional fraction, then {@code Z},
   * {@code +HHMM} or {@code +HH:MM}) read without the formatter, which makes a parse context per
   * call (a backlog's sync reads thousands a second); null for any other shape or value, left to
   * the formatter (which resolves, for instance, February 30 as the formatter always has).
   */
  static Instant usual(String s) {
    int n = s.length();
    if (n < 20
        || s.charAt(4) != '-'
        || s.charAt(7) != '-'
        || s.charAt(10) != 'T'
        || s.charAt(13) != ':'
        || s.charAt(16) != ':') {
      return null;
    }
    int i = 19;
    int nanos = 0;
    if (s.charAt(i) == '.') {
      int from = ++i;
      while (i < n && digits(s, i, 1) >= 0 && i - from < NANOS_PER_DIGIT.length) {
        i++;
      }
      if (i == from) {
        return null;
      }
      nanos = digits(s, from, i - from) * NANOS_PER_DIGIT[i - from - 1];
    }
    int offset = offsetSeconds(s, i);
    int[] f = {
      digits(s, 0, 4), digits(s, 5, 2), digits(s, 8, 2),
      digits(s, 11, 2), digits(s, 14, 2), digits(s, 17, 2)
    };
    if (offset == Integer.MIN_VALUE || java.util.Arrays.stream(f).anyMatch(v -> v < 0)) {
      return null;
    }
    try {
      return java.time.LocalDateTime.of(f[0], f[1], f[2], f[3], f[4], f[5], nanos)
          .toInstant(java.time.ZoneOffset.ofTotalSeconds(offset));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /** The offset that ends {@code s} from {@code at}, in seconds; MIN_VALUE if there is none. */
  private static int offsetSeconds(String s, int at) {
    int left = s.length() - at;
    if (left == 1 && s.charAt(at) == 'Z') {
      return 0;
    }
    char sign = left == 5 || left == 6 ? s.charAt(at) : ' ';
    if ((sign != '+' && sign != '-') || (left == 6 && s.charAt(at + 3) != ':')) {
      return Integer.MIN_VALUE;
    }
    int hours = digits(s, at + 1, 2);
    int minutes = digits(s, at + left - 2, 2);
    if (hours < 0 || hours > 18 || minutes < 0 || minutes > 59) {
      return Integer.MIN_VALUE;
    }
    int seconds = hours * 3600 + minutes * 60;
    return sign == '-' ? -seconds : seconds;
  }

  /** The decimal number of {@code count} digits at {@code from}; -1 if one is not a digit. */
  private static int digits(String s, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
