package org.crmsocial.sandbox.boundary;

import jakarta.json.JsonObject;
import java.util.Map;

/**
 * A network's error answer, thrown from a resource: the HTTP status, the network's JSON body and
 * any headers (Twitter's rate headers, Facebook's usage headers). {@link ApiErrorMapper} writes it.
 */
public class ApiError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient JsonObject body;
  private final transient Map<String, String> headers;

  public ApiError(int status, JsonObject body) {
    this(status, body, Map.of());
  }

  public ApiError(int status, JsonObject body, Map<String, String> headers) {
    super("HTTP " + status, null, false, false);
    this.status = status;
    this.body = body;
    this.headers = headers;
  }

  public int status() {
    return status;
  }

  public JsonObject body() {
    return body;
  }

  public Map<String, String> headers() {
    return headers;
  }
}
