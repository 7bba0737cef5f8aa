package org.crmsocial.sandbox.boundary;

import jakarta.json.JsonObject;
import java.util.Map;

/**
 * Twitter's (X API v2) errors: problem details ({@code title, type, status, detail}) for 401, 403
 * and 429, invalid-request problems with their {@code errors}, the OAuth 2.0 token errors, and the
 * resource-not-found entries that come with HTTP 200.
 */
final class TwitterErrors {

  private TwitterErrors() {}

  static JsonObject problem(String title, int status, String detail) {
    return SandboxJson.object()
        .add("title", title)
        .add("type", "about:blank")
        .add("status", status)
        .add("detail", detail)
        .build();
  }

  static ApiError unauthorized() {
    return new ApiError(401, problem("Unauthorized", 401, "Unauthorized"));
  }

  static ApiError forbidden() {
    return new ApiError(403, problem("Forbidden", 403, "Forbidden"));
  }

  static ApiError duplicate() {
    return new ApiError(
        403,
        problem("Forbidden", 403, "You are not allowed to create a Tweet with duplicate content."));
  }

  static ApiError tooMany(Map<String, String> headers) {
    return new ApiError(429, problem("Too Many Requests", 429, "Too Many Requests"), headers);
  }

  static ApiError serverError() {
    return new ApiError(500, problem("Internal Server Error", 500, "Internal Server Error"));
  }

  static ApiError unavailable() {
    return new ApiError(503, problem("Service Unavailable", 503, "Service Unavailable"));
  }

  /** HTTP 400, one or more invalid parameters. */
  static ApiError invalid(String parameter, String value, String message) {
    return new ApiError(
        400,
        SandboxJson.object()
            .add(
                "errors",
                SandboxJson.array()
                    .add(
                        SandboxJson.object()
                            .add(
                                "parameters",
                                SandboxJson.object().add(parameter, SandboxJson.array().add(value)))
                            .add("message", message)))
            .add("title", "Invalid Request")
            .add("detail", "One or more parameters to your request was invalid.")
            .add("type", "https://api.twitter.com/2/problems/invalid-request")
            .build());
  }

  /** The OAuth 2.0 token endpoint's error (wrong verifier, reused or unknown code). */
  static ApiError invalidCode() {
    return oauth(400, "invalid_request", "Value passed for the authorization code was invalid.");
  }

  static ApiError invalidToken() {
    return oauth(400, "invalid_request", "Value passed for the token was invalid.");
  }

  static ApiError oauth(int status, String error, String description) {
    return new ApiError(
        status,
        SandboxJson.object().add("error", error).add("error_description", description).build());
  }

  /** An entry of {@code errors} for an unknown user or tweet (sent with HTTP 200). */
  static JsonObject notFound(String resourceType, String parameter, String value) {
    String what = "user".equals(resourceType) ? "user" : "Tweet";
    return SandboxJson.object()
        .add("value", value)
        .add("detail", "Could not find " + what + " with " + parameter + ": [" + value + "].")
        .add("title", "Not Found Error")
        .add("resource_type", resourceType)
        .add("parameter", parameter)
        .add("resource_id", value)
        .add("type", "https://api.twitter.com/2/problems/resource-not-found")
        .build();
  }
}
