package org.crmsocial.sandbox.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The sandbox's JSON builders, from one factory made once. {@code Json.createObjectBuilder()} looks
 * the JSON-P provider up anew on every call (a service-loader scan through the server's class
 * loaders): a feed page of 100 posts builds about a thousand objects, and those look-ups were most
 * of the time the sandbox took to answer it.
 */
final class SandboxJson {

  private static final JsonBuilderFactory FACTORY = Json.createBuilderFactory(Map.of());
  private static final JsonWriterFactory WRITERS = Json.createWriterFactory(Map.of());

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

  /**
   * A body that writes {@code json} straight to the response as UTF-8 (no string of it first). The
   * writer is closed (its buffers go back to their pool) but the response stream is left to the
   * server.
   */
  static StreamingOutput body(JsonObject json) {
    return out -> {
      OutputStream kept =
          new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
              out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
              flush();
            }
          };
      try (JsonWriter writer = WRITERS.createWriter(kept, StandardCharsets.UTF_8)) {
        writer.write(json);
      }
    };
  }
}
