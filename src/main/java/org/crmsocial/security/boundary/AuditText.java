package org.crmsocial.security.boundary;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.crmsocial.platform.boundary.Messages;
import org.crmsocial.platform.control.AuditAction;
import org.crmsocial.platform.control.AuditDetail;
import org.crmsocial.platform.control.AuditField;
import org.crmsocial.platform.control.PersonName;
import org.crmsocial.platform.entity.AuditEntry;

/**
 * An audit entry in words, in the reader's language: the action as a sentence naming its target
 * ("Removed the social account Twitter Acme (42)"), and one line per field, "Label: before → after"
 * or "Label: value". Codes stay in the entry for export; an entry stored before the log had fields
 * shows its detail as it was. Every text that came from a user or a network is returned as text,
 * which the page escapes.
 */
public final class AuditText {

  /** Shown for a missing value (a field that was empty, no lead, no action). */
  static final String NONE = "audit.value.none";

  private AuditText() {}

  /** One row of the log page. {@code code} is the stored action code (for its title and export). */
  public record Line(
      Long id, OffsetDateTime at, String actor, String code, String sentence, List<String> details)
      implements Serializable {}

  public static Line of(AuditEntry entry, Locale reader) {
    return new Line(
        entry.getId(),
        entry.getAt(),
        entry.getActorName(),
        entry.getAction(),
        sentence(entry.getAction(), entry.getTarget(), reader),
        details(entry.getDetail(), reader));
  }

  /** The action's sentence about {@code target}; the code and target if it has none. */
  public static String sentence(String code, String target, Locale reader) {
    String key = AuditAction.sentenceKey(code);
    String sentence = Messages.text(reader, key, target);
    return sentence.equals(key) ? code + ": " + target : sentence;
  }

  /** One line per field of the stored {@code detail}; the text itself if it has no fields. */
  public static List<String> details(String detail, Locale reader) {
    if (detail == null || detail.isBlank()) {
      return List.of();
    }
    return AuditDetail.parse(detail)
        .map(d -> d.entries().stream().map(e -> line(e, reader)).toList())
        .orElse(List.of(detail));
  }

  private static String line(AuditDetail.Entry entry, Locale reader) {
    String label = label(entry.field(), reader);
    return entry.isChange()
        ? Messages.text(
            reader,
            "audit.change",
            label,
            value(entry.before(), reader),
            value(entry.after(), reader))
        : Messages.text(reader, "audit.fact", label, value(entry.value(), reader));
  }

  private static String label(String field, Locale reader) {
    String key = AuditField.labelKey(field);
    String label = Messages.text(reader, key);
    return label.equals(key) ? field : label;
  }

  /** A stored value in words. */
  static String value(JsonValue value, Locale reader) {
    if (value == null) {
      return Messages.text(reader, NONE);
    }
    return switch (value.getValueType()) {
      case NULL -> Messages.text(reader, NONE);
      case TRUE -> Messages.text(reader, "audit.value.yes");
      case FALSE -> Messages.text(reader, "audit.value.no");
      case NUMBER -> ((JsonNumber) value).toString();
      case STRING -> {
        String text = ((JsonString) value).getString();
        yield text.isBlank() ? Messages.text(reader, NONE) : text;
      }
      case ARRAY -> {
        JsonArray list = (JsonArray) value;
        yield list.isEmpty()
            ? Messages.text(reader, NONE)
            : list.stream().map(v -> value(v, reader)).collect(Collectors.joining(", "));
      }
      case OBJECT -> object((JsonObject) value, reader);
    };
  }

  private static String object(JsonObject value, Locale reader) {
    if (value.containsKey("key")) {
      return Messages.text(reader, value.getString("key"));
    }
    String name =
        new PersonName(value.getString("given", null), value.getString("family", null))
            .shown(reader);
    return value.containsKey("id")
        ? Messages.text(reader, "audit.value.record", name, value.get("id").toString())
        : name;
  }
}
