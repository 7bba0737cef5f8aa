package org.crmsocial.sandbox.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * A browser-like HTTP client for the sandbox integration tests: keeps cookies, never follows
 * redirects (the tests read {@code Location}), and walks each network's sign-in and consent forms
 * the way a person would click them.
 */
final class SandboxHttp {

  static final String FACEBOOK_SCOPES =
      "pages_show_list,pages_read_engagement,pages_manage_posts,pages_manage_engagement,"
          + "pages_messaging,pages_read_user_content";
  static final String TWITTER_SCOPES =
      "tweet.read tweet.write users.read like.write dm.read dm.write offline.access";
  static final String GOOGLE_SCOPES =
      "https://www.googleapis.com/auth/plus.me https://www.googleapis.com/auth/plus.stream.read"
          + " https://www.googleapis.com/auth/plus.stream.write"
          + " https://www.googleapis.com/auth/plus.pages.manage";

  final String app;
  final String sandbox;
  final HttpClient http;

  SandboxHttp(URL base) {
    String b = base.toString().endsWith("/") ? base.toString() : base + "/";
    this.sandbox = b + "sandbox/";
    URI u = URI.create(b);
    this.app = u.getScheme() + "://" + u.getHost() + ":" + u.getPort();
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  String callback(String network) {
    return app + "/social/callback/" + network;
  }

  HttpResponse<String> get(String path, String bearer) {
    HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(sandbox + path)).GET();
    if (bearer != null) {
      r.header("Authorization", "Bearer " + bearer);
    }
    return send(r.timeout(Duration.ofSeconds(60)).build());
  }

  HttpResponse<String> form(String path, Map<String, String> fields, String basicAuth) {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(URI.create(sandbox + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encode(fields)));
    if (basicAuth != null) {
      r.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString(basicAuth.getBytes(StandardCharsets.UTF_8)));
    }
    return send(r.timeout(Duration.ofSeconds(60)).build());
  }

  HttpResponse<String> json(String method, String path, String body, String bearer) {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(URI.create(sandbox + path))
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body == null ? "" : body));
    if (bearer != null) {
      r.header("Authorization", "Bearer " + bearer);
    }
    return send(r.timeout(Duration.ofSeconds(120)).build());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(request.uri().toString(), e);
    }
  }

  static JsonObject parse(HttpResponse<String> r) {
    try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
      return reader.readObject();
    }
  }

  static String encode(Map<String, String> fields) {
    StringJoiner j = new StringJoiner("&");
    fields.forEach(
        (k, v) ->
            j.add(
                URLEncoder.encode(k, StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return j.toString();
  }

  static String query(Map<String, String> fields) {
    return "?" + encode(fields);
  }

  /** The query parameters of a redirect's Location. */
  static Map<String, String> location(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
    URI loc = URI.create(r.headers().firstValue("Location").orElseThrow());
    Map<String, String> q = new LinkedHashMap<>();
    q.put("_path", loc.getPath());
    q.put("_authority", loc.getAuthority());
    for (String pair : loc.getRawQuery().split("&")) {
      int eq = pair.indexOf('=');
      q.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return q;
  }

  static String verifier() {
    return (UUID.randomUUID() + "-" + UUID.randomUUID()).replace("-", "");
  }

  static String challenge(String verifier) {
    try {
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(
              MessageDigest.getInstance("SHA-256")
                  .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  // ------------------------------------------------------------------ Facebook

  Map<String, String> facebookParams() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("client_id", "crm-social-sandbox-facebook");
    p.put("redirect_uri", callback("facebook"));
    p.put("state", "st-" + UUID.randomUUID());
    p.put("response_type", "code");
    p.put("scope", FACEBOOK_SCOPES);
    return p;
  }

  /** Signs in on Facebook's dialog, ticks the given permissions and returns the code. */
  String facebookCode(String login, String... perms) {
    Map<String, String> p = facebookParams();
    HttpResponse<String> page = get("facebook/www/v25.0/dialog/oauth" + query(p), null);
    assertThat(page.statusCode()).isEqualTo(200);
    Map<String, String> f = new LinkedHashMap<>(p);
    f.put("step", "login");
    f.put("email", login);
    f.put("pass", "sandbox");
    HttpResponse<String> review = form("facebook/www/v25.0/dialog/oauth", f, null);
    assertThat(review.body()).contains("id=\"confirm\"");
    StringBuilder body = new StringBuilder(encode(p)).append("&step=confirm");
    for (String perm : perms) {
      body.append("&perm=").append(URLEncoder.encode(perm, StandardCharsets.UTF_8));
    }
    HttpResponse<String> back =
        send(
            HttpRequest.newBuilder(URI.create(sandbox + "facebook/www/v25.0/dialog/oauth"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build());
    Map<String, String> q = location(back);
    assertThat(q.get("state")).isEqualTo(p.get("state"));
    return q.get("code");
  }

  /** The whole Facebook flow: code, short-lived token, long-lived token. */
  String facebookLongToken(String login, String... perms) {
    String code = facebookCode(login, perms);
    JsonObject shortToken =
        parse(
            get(
                "facebook/graph/v25.0/oauth/access_token"
                    + query(
                        Map.of(
                            "client_id",
                            "crm-social-sandbox-facebook",
                            "client_secret",
                            "sandbox-secret",
                            "redirect_uri",
                            callback("facebook"),
                            "code",
                            code)),
                null));
    JsonObject longToken =
        parse(
            get(
                "facebook/graph/v25.0/oauth/access_token"
                    + query(
                        Map.of(
                            "grant_type", "fb_exchange_token",
                            "client_id", "crm-social-sandbox-facebook",
                            "client_secret", "sandbox-secret",
                            "fb_exchange_token", shortToken.getString("access_token"))),
                null));
    assertThat(longToken.getInt("expires_in")).isGreaterThan(59 * 24 * 3600);
    return longToken.getString("access_token");
  }

  /** The page token of Acme Japan from a user token. */
  String facebookPageToken(String userToken) {
    JsonObject accounts = parse(get("facebook/graph/v25.0/me/accounts", userToken));
    return accounts.getJsonArray("data").getJsonObject(0).getString("access_token");
  }

  // ------------------------------------------------------------------ Twitter

  Map<String, String> twitterParams(String challenge) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("response_type", "code");
    p.put("client_id", "crm-social-sandbox-twitter");
    p.put("redirect_uri", callback("twitter"));
    p.put("scope", TWITTER_SCOPES);
    p.put("state", "st-" + UUID.randomUUID());
    p.put("code_challenge", challenge);
    p.put("code_challenge_method", "S256");
    return p;
  }

  String twitterCode(String login, String verifier) {
    Map<String, String> p = twitterParams(challenge(verifier));
    assertThat(get("twitter/www/i/oauth2/authorize" + query(p), null).statusCode()).isEqualTo(200);
    Map<String, String> f = new LinkedHashMap<>(p);
    f.put("step", "login");
    f.put("email", login);
    f.put("pass", "sandbox");
    HttpResponse<String> consent = form("twitter/www/i/oauth2/authorize", f, null);
    assertThat(consent.body()).contains("id=\"authorize\"").contains("Authorize app");
    f = new LinkedHashMap<>(p);
    f.put("step", "authorize");
    Map<String, String> q = location(form("twitter/www/i/oauth2/authorize", f, null));
    assertThat(q.get("state")).isEqualTo(p.get("state"));
    return q.get("code");
  }

  HttpResponse<String> twitterExchange(String code, String verifier) {
    return form(
        "twitter/api/2/oauth2/token",
        Map.of(
            "grant_type",
            "authorization_code",
            "code",
            code,
            "redirect_uri",
            callback("twitter"),
            "code_verifier",
            verifier,
            "client_id",
            "crm-social-sandbox-twitter"),
        "crm-social-sandbox-twitter:sandbox-secret");
  }

  JsonObject twitterTokens(String login) {
    String verifier = verifier();
    HttpResponse<String> r = twitterExchange(twitterCode(login, verifier), verifier);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return parse(r);
  }

  // ------------------------------------------------------------------ Google

  Map<String, String> googleParams(String challenge) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("client_id", "crm-social-sandbox-google");
    p.put("redirect_uri", callback("googleplus"));
    p.put("response_type", "code");
    p.put("scope", GOOGLE_SCOPES);
    p.put("state", "st-" + UUID.randomUUID());
    p.put("code_challenge", challenge);
    p.put("code_challenge_method", "S256");
    p.put("access_type", "offline");
    p.put("prompt", "consent");
    return p;
  }

  String googleCode(String login, String verifier) {
    Map<String, String> p = googleParams(challenge(verifier));
    assertThat(get("google/accounts/o/oauth2/v2/auth" + query(p), null).statusCode())
        .isEqualTo(200);
    Map<String, String> f = new LinkedHashMap<>(p);
    f.put("step", "login");
    f.put("email", login);
    f.put("pass", "sandbox");
    assertThat(form("google/accounts/o/oauth2/v2/auth", f, null).body()).contains("id=\"allow\"");
    f = new LinkedHashMap<>(p);
    f.put("step", "allow");
    Map<String, String> q = location(form("google/accounts/o/oauth2/v2/auth", f, null));
    assertThat(q.get("state")).isEqualTo(p.get("state"));
    return q.get("code");
  }

  HttpResponse<String> googleExchange(String code, String verifier) {
    return form(
        "google/oauth2/token",
        Map.of(
            "code",
            code,
            "client_id",
            "crm-social-sandbox-google",
            "client_secret",
            "sandbox-secret",
            "redirect_uri",
            callback("googleplus"),
            "grant_type",
            "authorization_code",
            "code_verifier",
            verifier),
        null);
  }

  JsonObject googleTokens(String login) {
    String verifier = verifier();
    HttpResponse<String> r = googleExchange(googleCode(login, verifier), verifier);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return parse(r);
  }
}
