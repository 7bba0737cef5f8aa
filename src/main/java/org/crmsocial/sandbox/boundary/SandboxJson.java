package org.crmsocial.sandbox.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;

/**
 * The sandbox's JSON builders, from one factory made once. {@code Json.createObjectBuilder()} looks
 * the JSON-P provider up anew on every call (a service-loader scan through the server's class
 * loaders): a feed page of 100 posts builds about a thousand objects, and those look-ups were most
 * of the time the sandbox took to answer it.
 */
final class SandboxJson {

  private static final JsonBuilderFactory FACTORY = Json.createBuilderFactory(Map.of());

  private SandboxJson() {}

  /** A new object builder. */
  static JsonObjectBuilder object() {
    return FACTORY.createObjectBuilder();
  }

  /** A new object builder holding the members of {@code start}. */
  static JsonObjectBuilder object(JsonObject start) {
    return FACTORY.createObjectBuilder(start);
  }

  /** A new array builder. */
  static JsonArrayBuilder array() {
    return FACTORY.createArrayBuilder();
  }
}
