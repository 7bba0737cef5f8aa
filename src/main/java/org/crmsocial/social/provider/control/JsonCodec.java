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
import org.crmsocial.social.provider.entity.Network;
import org.crmsocial.social.provider.entity.ProviderException;

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
  private static final DateTimeFormatter TIMESTAMP =
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
    try {
      return OffsetDateTime.parse(value.strip(), TIMESTAMP).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
