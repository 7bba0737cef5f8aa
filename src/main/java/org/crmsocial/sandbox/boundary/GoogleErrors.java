package org.crmsocial.sandbox.boundary;

import jakarta.json.JsonObjectBuilder;

/**
 * Google APIs' errors: {@code {"error":{"errors":[{"domain","reason","message",…}],"code",
 * "message"}}} with the reasons of {@code PROVIDERS.md}, and the OAuth token endpoint's {@code
 * {"error","error_description"}}.
 */
final class GoogleErrors {

  private GoogleErrors() {}

  static ApiError error(int code, String domain, String reason, String message, boolean header) {
    JsonObjectBuilder entry =
        SandboxJson.object().add("domain", domain).add("reason", reason).add("message", message);
    if (header) {
      entry.add("locationType", "header").add("location", "Authorization");
    }
    return new ApiError(
        code,
        SandboxJson.object()
            .add(
                "error",
                SandboxJson.object()
                    .add("errors", SandboxJson.array().add(entry))
                    .add("code", code)
                    .add("message", message))
            .build());
  }

  static ApiError invalidCredentials() {
    return error(401, "global", "authError", "Invalid Credentials", true);
  }

  static ApiError insufficientPermissions() {
    return error(403, "global", "insufficientPermissions", "Insufficient Permission", false);
  }

  static ApiError forbidden() {
    return error(403, "global", "forbidden", "Forbidden", false);
  }

  static ApiError notFound() {
    return error(404, "global", "notFound", "Not Found", false);
  }

  static ApiError rateLimit() {
    return error(403, "usageLimits", "rateLimitExceeded", "Rate Limit Exceeded", false);
  }

  static ApiError backendError() {
    return error(500, "global", "backendError", "Backend Error", false);
  }

  static ApiError unavailable() {
    return error(503, "global", "backendError", "Backend Error", false);
  }

  static ApiError invalid(String message) {
    return error(400, "global", "invalid", message, false);
  }

  static ApiError parseError() {
    return error(400, "global", "parseError", "Parse Error", false);
  }

  static ApiError oauth(int status, String error, String description) {
    return new ApiError(
        status,
        SandboxJson.object().add("error", error).add("error_description", description).build());
  }

  static ApiError invalidGrant() {
    return oauth(400, "invalid_grant", "Bad Request");
  }
}
