package org.crmsocial.social.provider.control;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * One API call to make: method, URL under a base, query, body and the bearer token. Path segments
 * and parameters are percent-encoded here (spaces as {@code %20}), so ids and search queries from
 * outside can never change the path. The token travels only in the {@code Authorization} header,
 * never in the URL, and is remembered as a secret to scrub from any error text.
 */
final class ApiCall {

  private final String method;
  private final String url;
  private final String path;
  private final List<Map.Entry<String, String>> query = new ArrayList<>();
  private final List<Map.Entry<String, String>> form = new ArrayList<>();
  private final Set<String> secrets = new HashSet<>();
  private String json;
  private String bearer;
  private CallContext context = CallContext.API;

  private ApiCall(String method, String baseUrl, String pathTemplate, String... segments) {
    Object[] encoded = new Object[segments.length];
    for (int i = 0; i < segments.length; i++) {
      if (segments[i] == null || segments[i].isBlank()) {
        throw new IllegalArgumentException("missing path value in " + pathTemplate);
      }
      encoded[i] = encode(segments[i]);
    }
    this.method = method;
    this.path = pathTemplate.formatted(encoded);
    this.url = ClientSettings.trimSlash(baseUrl) + path;
  }

  /** A GET of {@code pathTemplate} (with {@code %s} for each segment) under {@code baseUrl}. */
  static ApiCall get(String baseUrl, String pathTemplate, String... segments) {
    return new ApiCall("GET", baseUrl, pathTemplate, segments);
  }

  static ApiCall post(String baseUrl, String pathTemplate, String... segments) {
    return new ApiCall("POST", baseUrl, pathTemplate, segments);
  }

  static ApiCall delete(String baseUrl, String pathTemplate, String... segments) {
    return new ApiCall("DELETE", baseUrl, pathTemplate, segments);
  }

  /** Adds a query parameter; a null value adds nothing. */
  ApiCall query(String name, Object value) {
    if (value != null) {
      query.add(Map.entry(name, value.toString()));
    }
    return this;
  }

  /**
   * Adds a form field to the body ({@code application/x-www-form-urlencoded}); null adds nothing.
   */
  ApiCall form(String name, String value) {
    if (value != null) {
      form.add(Map.entry(name, value));
    }
    return this;
  }

  /** Sets a JSON body. */
  ApiCall json(String body) {
    this.json = body;
    return this;
  }

  /** Sends {@code Authorization: Bearer <token>}. */
  ApiCall bearer(String token) {
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException("an access token is required");
    }
    this.bearer = token;
    secrets.add(token);
    return this;
  }

  /**
   * Names the permission this call needs, for a {@code MissingPermission} the network leaves vague.
   */
  ApiCall scope(String scope) {
    this.context = new CallContext(context.purpose(), scope);
    return this;
  }

  ApiCall purpose(CallContext.Purpose purpose) {
    this.context = new CallContext(purpose, context.scope());
    return this;
  }

  /** Another value to scrub from error text (a token sent in the body). */
  ApiCall secret(String value) {
    if (value != null) {
      secrets.add(value);
    }
    return this;
  }

  String method() {
    return method;
  }

  URI uri() {
    return URI.create(query.isEmpty() ? url : url + "?" + encodePairs(query));
  }

  String bearerToken() {
    return bearer;
  }

  CallContext context() {
    return context;
  }

  Set<String> secrets() {
    return Set.copyOf(secrets);
  }

  /** The body to send, or null for none. */
  String body() {
    if (json != null) {
      return json;
    }
    return form.isEmpty() ? null : encodePairs(form);
  }

  String contentType() {
    if (json != null) {
      return "application/json; charset=UTF-8";
    }
    return form.isEmpty() ? null : "application/x-www-form-urlencoded";
  }

  /** For logs and messages: method and path, never the query or the body. */
  String describe() {
    return method + " " + path;
  }

  @Override
  public String toString() {
    return describe();
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String encodePairs(List<Map.Entry<String, String>> pairs) {
    StringJoiner joined = new StringJoiner("&");
    for (Map.Entry<String, String> pair : pairs) {
      joined.add(encode(pair.getKey()) + "=" + encode(pair.getValue()));
    }
    return joined.toString();
  }
}
