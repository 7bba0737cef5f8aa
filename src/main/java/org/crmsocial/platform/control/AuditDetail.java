package org.crmsocial.platform.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.crmsocial.platform.entity.AuditEntry;

/**
 * What an audit entry says beyond its action and target: fields with their before and after (a
 * change) or their value (a fact), stored as codes and raw values so the log can show them in the
 * reader's language and an export keeps them exact. Stored as JSON in {@link AuditEntry#getDetail}:
 *
 * <pre>
 * {"fields":[{"field":"name","before":"Standard","after":"Sales"},{"field":"query","value":"#x"}]}
 * </pre>
 *
 * A value is text (from a user or a network: shown escaped), a yes/no, a number, a {@link
 * Translated} key ({@code {"key":"social.action.VIEW"}}), a {@link PersonName} (shown in the
 * reader's name order, with a record id when given), or a list of these.
 */
public final class AuditDetail {

  /** The longest text value kept; a longer one is cut with an ellipsis. */
  static final int VALUE_LENGTH = 500;

  /** One field: {@code before}/{@code after} for a change, {@code value} for a fact. */
  public record Entry(String field, JsonValue before, JsonValue after, JsonValue value) {

    public boolean isChange() {
      return value == null;
    }
  }

  /** A lead's or contact's name with its id, as a value. */
  public record Named(PersonName name, long id) {}

  private final List<Entry> entries = new ArrayList<>();

  private AuditDetail() {}

  /** An empty detail; add fields with {@link #changed} and {@link #set}. */
  public static AuditDetail of() {
    return new AuditDetail();
  }

  /** A detail of one fact. */
  public static AuditDetail of(AuditField field, Object value) {
    return of().set(field, value);
  }

  /** Adds {@code field} with its before and after, if they differ. */
  public AuditDetail changed(AuditField field, Object before, Object after) {
    JsonValue was = json(before);
    JsonValue now = json(after);
    if (!was.equals(now)) {
      entries.add(new Entry(field.code(), was, now, null));
    }
    return this;
  }

  /** Adds each field whose value differs between {@code before} and {@code after}, in order. */
  public AuditDetail changed(Map<AuditField, ?> before, Map<AuditField, ?> after) {
    for (Map.Entry<AuditField, ?> field : after.entrySet()) {
      changed(field.getKey(), before.get(field.getKey()), field.getValue());
    }
    return this;
  }

  /** Adds {@code field} with its value. */
  public AuditDetail set(AuditField field, Object value) {
    entries.add(new Entry(field.code(), null, null, json(value)));
    return this;
  }

  /** Adds each field with its value, in order. */
  public AuditDetail set(Map<AuditField, ?> values) {
    values.forEach(this::set);
    return this;
  }

  /** Whether no field was added (or every "change" was none). */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  public List<Entry> entries() {
    return List.copyOf(entries);
  }

  /** The stored form; null when empty. */
  public String encode() {
    if (entries.isEmpty()) {
      return null;
    }
    JsonArrayBuilder fields = Json.createArrayBuilder();
    for (Entry e : entries) {
      JsonObjectBuilder o = Json.createObjectBuilder().add("field", e.field());
      if (e.isChange()) {
        o.add("before", e.before()).add("after", e.after());
      } else {
        o.add("value", e.value());
      }
      fields.add(o);
    }
    return Json.createObjectBuilder().add("fields", fields).build().toString();
  }

  /**
   * The detail stored as {@code text}; empty when {@code text} is not in the stored form (an entry
   * written before the log had fields, or cut at {@link AuditEntry#DETAIL_LENGTH}).
   */
  public static Optional<AuditDetail> parse(String text) {
    if (text == null || !text.startsWith("{")) {
      return Optional.empty();
    }
    try (var reader = Json.createReader(new StringReader(text))) {
      JsonArray fields = reader.readObject().getJsonArray("fields");
      if (fields == null) {
        return Optional.empty();
      }
      AuditDetail detail = new AuditDetail();
      for (JsonObject f : fields.getValuesAs(JsonObject.class)) {
        detail.entries.add(
            new Entry(
                f.getString("field"),
                f.get("before"),
                f.get("after"),
                f.containsKey("before") ? null : f.getOrDefault("value", JsonValue.NULL)));
      }
      return Optional.of(detail);
    } catch (JsonException | ClassCastException | NullPointerException e) {
      return Optional.empty();
    }
  }

  /** {@code value} in the stored form. */
  static JsonValue json(Object value) {
    if (value == null) {
      return JsonValue.NULL;
    }
    if (value instanceof Boolean b) {
      return b ? JsonValue.TRUE : JsonValue.FALSE;
    }
    if (value instanceof Integer || value instanceof Long) {
      return Json.createValue(((Number) value).longValue());
    }
    if (value instanceof Translated t) {
      return Json.createObjectBuilder().add("key", t.key()).build();
    }
    if (value instanceof PersonName n) {
      return name(n).build();
    }
    if (value instanceof Named n) {
      return name(n.name()).add("id", n.id()).build();
    }
    if (value instanceof Collection<?> list) {
      JsonArrayBuilder array = Json.createArrayBuilder();
      list.forEach(v -> array.add(json(v)));
      return array.build();
    }
    if (value instanceof String s) {
      return Json.createValue(
          s.length() <= VALUE_LENGTH ? s : s.substring(0, VALUE_LENGTH - 1) + "…");
    }
    throw new IllegalArgumentException(
        "not an audit value (give text, a Translated key, a name or a list): "
            + Objects.toString(value.getClass()));
  }

  private static JsonObjectBuilder name(PersonName n) {
    return Json.createObjectBuilder().add("given", n.given()).add("family", n.family());
  }
}
