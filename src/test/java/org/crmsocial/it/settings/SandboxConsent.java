package org.crmsocial.it.settings;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.crmsocial.social.provider.model.Network;

/**
 * Plays the person in the popup against the sandbox networks, over HTTP: signs in on the
 * authorization page the service sent the browser to, then allows (or denies) access, and returns
 * the query the network sends back to the callback.
 */
public final class SandboxConsent {

  private SandboxConsent() {}

  /** Signs in as {@code login} and grants everything asked; the callback's query parameters. */
  public static Map<String, String> allow(String authorizationUrl, Network network, String login) {
    return consent(authorizationUrl, network, login, true, Set.of());
  }

  /**
   * Signs in as {@code login} and allows access with the {@code withheld} permissions left unticked
   * on the consent page (as a person may on Facebook's review and Google's granular consent); the
   * callback's query parameters.
   */
  public static Map<String, String> allowWithout(
      String authorizationUrl, Network network, String login, Set<String> withheld) {
    return consent(authorizationUrl, network, login, true, withheld);
  }

  public static Map<String, String> deny(String authorizationUrl, Network network, String login) {
    return consent(authorizationUrl, network, login, false, Set.of());
  }

  private static Map<String, String> consent(
      String url, Network network, String login, boolean allow, Set<String> withheld) {
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    URI uri = URI.create(url);
    String endpoint = url.substring(0, url.indexOf('?'));
    Map<String, String> params = parse(uri.getRawQuery());
    StringBuilder form =
        new StringBuilder(encode(params))
            .append("&step=login&email=")
            .append(enc(login))
            .append("&pass=sandbox");
    HttpResponse<String> signedIn = post(http, endpoint, form.toString());
    if (signedIn.statusCode() != 200) {
      throw new IllegalStateException("sign-in answered " + signedIn.statusCode());
    }
    StringBuilder answer = new StringBuilder(encode(params));
    switch (network) {
      case FACEBOOK -> {
        answer.append(allow ? "&step=confirm" : "&step=cancel");
        for (String perm : params.getOrDefault("scope", "").split(",")) {
          if (!withheld.contains(perm)) {
            answer.append("&perm=").append(enc(perm));
          }
        }
      }
      case TWITTER -> answer.append(allow ? "&step=authorize" : "&step=cancel");
      case GOOGLE_PLUS -> answer.append(allow ? "&step=allow" : "&step=deny");
    }
    if (network != Network.FACEBOOK && !withheld.isEmpty()) {
      // The consent page's boxes: the asked scopes, less those left unticked.
      answer.append("&scopes_reviewed=1");
      for (String scope : params.getOrDefault("scope", "").split("\\s+")) {
        if (!scope.isBlank() && !withheld.contains(scope)) {
          answer.append("&granted_scope=").append(enc(scope));
        }
      }
    }
    HttpResponse<String> back = post(http, endpoint, answer.toString());
    String location =
        back.headers()
            .firstValue("Location")
            .orElseThrow(() -> new IllegalStateException("no redirect: " + back.statusCode()));
    return parse(URI.create(location).getRawQuery());
  }

  private static HttpResponse<String> post(HttpClient http, String endpoint, String body) {
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create(endpoint))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .timeout(Duration.ofSeconds(30))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public static Map<String, String> parse(String rawQuery) {
    Map<String, String> out = new LinkedHashMap<>();
    if (rawQuery == null) {
      return out;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.put(k, v);
    }
    return out;
  }

  private static String encode(Map<String, String> fields) {
    StringBuilder b = new StringBuilder();
    fields.forEach(
        (k, v) -> b.append(b.length() == 0 ? "" : "&").append(enc(k)).append('=').append(enc(v)));
    return b.toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
