package org.crmsocial.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser session without a browser: cookies kept, redirects followed, the Faces sign-in form
 * filled in. For tests and benchmarks that speak HTTP to the server under test.
 */
public final class WebSession {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final HttpClient http;
  private final String root;

  public WebSession(String baseUrl) {
    this.root = baseUrl.replaceAll("/+$", "");
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** Signs in through the sign-in page; returns the page the server answered with. */
  public HttpResponse<String> signIn(String email, String password) {
    String login = get("/login.xhtml").body();
    return post(
        "/login.xhtml",
        "login-form=login-form&login-form%3Aemail="
            + enc(email)
            + "&login-form%3Apassword="
            + enc(password)
            + "&login-form%3Asign-in=&jakarta.faces.ViewState="
            + enc(viewState(login)));
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(root + path)).GET());
  }

  /**
   * Posts a form ({@code application/x-www-form-urlencoded}); extra headers as name, value pairs.
   */
  public HttpResponse<String> post(String path, String form, String... headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(root + path))
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return send(b);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(
          request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The Faces view state of a page. */
  public static String viewState(String html) {
    Matcher m = VIEW_STATE.matcher(html);
    if (!m.find()) {
      throw new IllegalStateException("no view state in the page");
    }
    return m.group(1);
  }

  public static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
