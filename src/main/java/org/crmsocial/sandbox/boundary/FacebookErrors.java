package org.crmsocial.sandbox.boundary;

import jakarta.json.JsonObjectBuilder;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.crmsocial.sandbox.control.NetworkControls;

/**
 * Facebook Graph's errors: {@code {"error":{"message","type","code","error_subcode",
 * "fbtrace_id"}}}, with the codes and HTTP statuses of {@code PROVIDERS.md} (190 with 400, no token
 * 2500, permissions 200/10 with 403, throttling 32 with 400, unknown ids 803 and 100).
 */
final class FacebookErrors {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final DateTimeFormatter EXPIRY =
      DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss z", Locale.US);

  private FacebookErrors() {}

  static ApiError error(int status, String type, int code, Integer subcode, String message) {
    return error(status, type, code, subcode, message, Map.of());
  }

  static ApiError error(
      int status,
      String type,
      int code,
      Integer subcode,
      String message,
      Map<String, String> headers) {
    JsonObjectBuilder e =
        SandboxJson.object().add("message", message).add("type", type).add("code", code);
    if (subcode != null) {
      e.add("error_subcode", subcode);
    }
    if (code == 1 || code == 2) {
      e.add("is_transient", true);
    }
    e.add("fbtrace_id", traceId());
    return new ApiError(status, SandboxJson.object().add("error", e).build(), headers);
  }

  static ApiError noToken() {
    return error(
        400,
        "OAuthException",
        2500,
        null,
        "An active access token must be used to query information about the current user.");
  }

  static ApiError invalidToken() {
    return error(
        400, "OAuthException", 190, null, "Invalid OAuth access token - Cannot parse access token");
  }

  /** Code 190, subcode 463: the session expired at the given time (shown in Pacific time). */
  static ApiError expired(OffsetDateTime at) {
    String when = at.atZoneSameInstant(ZoneId.of("America/Los_Angeles")).format(EXPIRY);
    return error(
        400,
        "OAuthException",
        190,
        463,
        "Error validating access token: Session has expired on " + when + ".");
  }

  /** Code 190, subcode 458: the user removed the app (revoked its permissions). */
  static ApiError appRemoved() {
    return error(
        400,
        "OAuthException",
        190,
        458,
        "Error validating access token: The user has not authorized application crm-social.");
  }

  static ApiError missingPermission(String permission) {
    return error(
        403,
        "OAuthException",
        200,
        null,
        "(#200) Requires " + permission + " permission to manage the object");
  }

  static ApiError notManaged() {
    return error(
        403,
        "OAuthException",
        10,
        null,
        "(#10) This endpoint requires the 'pages_read_engagement' permission or the 'Page Public"
            + " Content Access' feature.");
  }

  static ApiError pageTokenRequired() {
    return error(
        403,
        "OAuthException",
        200,
        null,
        "(#200) If posting to a page, requires both pages_read_engagement and pages_manage_posts as"
            + " an admin with sufficient administrative permission, and a Page access token");
  }

  /** An unknown numeric id (code 100, subcode 33). */
  static ApiError unknownObject(String id) {
    return error(
        400,
        "GraphMethodException",
        100,
        33,
        "Unsupported get request. Object with ID '"
            + id
            + "' does not exist, cannot be loaded due to missing permissions, or does not support"
            + " this operation.");
  }

  /** An unknown alias (code 803). */
  static ApiError unknownAlias(String id) {
    return error(
        404,
        "OAuthException",
        803,
        null,
        "(#803) Some of the aliases you requested do not exist: " + id);
  }

  static ApiError invalidParameter(String message) {
    return error(400, "OAuthException", 100, null, "(#100) " + message);
  }

  static ApiError duplicate() {
    return error(400, "OAuthException", 506, null, "(#506) Duplicate status message");
  }

  static ApiError outsideWindow() {
    return error(
        400,
        "OAuthException",
        10,
        2018278,
        "(#10) This message is sent outside of allowed window. Learn more about the new policy"
            + " here: https://developers.facebook.com/docs/messenger-platform/policy-overview");
  }

  static ApiError throttled() {
    return throttled(NetworkControls.FacebookUsage.DEFAULT_REGAIN_MINUTES);
  }

  /** Code 32 with usage at 100 % and access regained after {@code minutes}. */
  static ApiError throttled(int minutes) {
    return error(
        400,
        "OAuthException",
        32,
        null,
        "(#32) Page request limit reached",
        Map.of(
            "X-Page-Usage", usage(100),
            "X-App-Usage", usage(100),
            "X-Business-Use-Case-Usage", businessUsage(100, minutes)));
  }

  static ApiError unexpected() {
    return error(
        500,
        "OAuthException",
        2,
        null,
        "An unexpected error has occurred. Please retry your request later.");
  }

  /** Code-exchange failures of {@code /oauth/access_token}. */
  static ApiError code(int subcode, String message) {
    return error(400, "OAuthException", 100, subcode, message);
  }

  static ApiError badSecret() {
    return error(400, "OAuthException", 1, null, "Error validating client secret.");
  }

  static ApiError badClient() {
    return error(
        400, "OAuthException", 101, null, "Error validating application. Invalid application ID.");
  }

  /** A usage header value: the percentages used of call count, CPU time and total time. */
  static String usage(int percent) {
    return "{\"call_count\":"
        + percent
        + ",\"total_cputime\":"
        + Math.max(0, percent / 2)
        + ",\"total_time\":"
        + Math.max(0, percent / 2)
        + "}";
  }

  static String businessUsage(int percent, int minutes) {
    return "{\"1049\":[{\"type\":\"pages\",\"call_count\":"
        + percent
        + ",\"total_cputime\":"
        + percent / 2
        + ",\"total_time\":"
        + percent / 2
        + ",\"estimated_time_to_regain_access\":"
        + minutes
        + "}]}";
  }

  private static String traceId() {
    String chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    StringBuilder b = new StringBuilder(11);
    for (int i = 0; i < 11; i++) {
      b.append(chars.charAt(RANDOM.nextInt(chars.length())));
    }
    return b.toString();
  }
}
