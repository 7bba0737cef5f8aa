package org.crmsocial.sandbox.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Facebook's {@code fields} parameter, field expansion included: {@code
 * id,message,comments.summary(true).limit(5){id,from},likes.summary(true)} is a list of fields,
 * each with its modifiers ({@code summary}, {@code limit}) and, for edges, its own sub-fields.
 */
public final class GraphFields {

  /** One requested field. {@code children} is empty when the request named none. */
  public record Field(String name, Map<String, String> modifiers, List<Field> children) {

    /** A modifier's value, e.g. {@code summary} → {@code true}. */
    public Optional<String> modifier(String key) {
      return Optional.ofNullable(modifiers.get(key));
    }

    /** Whether this edge asked for its summary. */
    public boolean summary() {
      return "true".equals(modifiers.get("summary"));
    }

    /** The {@code limit(n)} of this edge, or the default, within 1..100. */
    public int limit(int fallback) {
      try {
        int n = Integer.parseInt(modifiers.getOrDefault("limit", String.valueOf(fallback)));
        return Math.max(1, Math.min(100, n));
      } catch (NumberFormatException e) {
        return fallback;
      }
    }
  }

  private final List<Field> fields;

  private GraphFields(List<Field> fields) {
    this.fields = fields;
  }

  /** Parses a {@code fields} value; null or blank gives the defaults passed. */
  public static GraphFields parse(String value, String defaults) {
    String text = value == null || value.isBlank() ? defaults : value;
    return new GraphFields(parseList(text.replace(" ", "")));
  }

  /** The fields, in the order requested. */
  public List<Field> fields() {
    return fields;
  }

  /** Whether a top-level field was asked for. */
  public boolean has(String name) {
    return get(name).isPresent();
  }

  /** A top-level field, if asked for. */
  public Optional<Field> get(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** The sub-fields of an edge as their own list, or the defaults passed when none were named. */
  public static GraphFields of(Field edge, String defaults) {
    return edge.children().isEmpty() ? parse(defaults, defaults) : new GraphFields(edge.children());
  }

  private static List<Field> parseList(String text) {
    List<Field> result = new ArrayList<>();
    for (String part : splitTopLevel(text)) {
      if (!part.isEmpty()) {
        result.add(parseField(part));
      }
    }
    return result;
  }

  private static Field parseField(String part) {
    List<Field> children = List.of();
    String head = part;
    int brace = indexOutsideParens(part, '{');
    if (brace >= 0 && part.endsWith("}")) {
      children = parseList(part.substring(brace + 1, part.length() - 1));
      head = part.substring(0, brace);
    }
    Map<String, String> modifiers = new LinkedHashMap<>();
    String[] segments = head.split("\\.");
    for (int i = 1; i < segments.length; i++) {
      String segment = segments[i];
      int open = segment.indexOf('(');
      if (open > 0 && segment.endsWith(")")) {
        modifiers.put(
            segment.substring(0, open), segment.substring(open + 1, segment.length() - 1));
      } else {
        modifiers.put(segment, "true");
      }
    }
    return new Field(segments[0], modifiers, children);
  }

  private static int indexOutsideParens(String text, char wanted) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == wanted && depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> splitTopLevel(String text) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{' || c == '(') {
        depth++;
      } else if (c == '}' || c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        parts.add(text.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(text.substring(start));
    return parts;
  }
}
