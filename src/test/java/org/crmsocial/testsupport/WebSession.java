package org.crmsocial.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
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
  private final CookieManager cookies = new CookieManager();
  private final String root;

  public WebSession(String baseUrl) {
    this.root = baseUrl.replaceAll("/+$", "");
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
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

  /** GETs {@code path}; extra headers as name, value pairs. */
  public HttpResponse<String> get(String path, String... headers) {
    return send(withHeaders(HttpRequest.newBuilder(URI.create(root + path)).GET(), headers));
  }

  /**
   * Posts a form ({@code application/x-www-form-urlencoded}); extra headers as name, value pairs.
   */
  public HttpResponse<String> post(String path, String form, String... headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(root + path))
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    return send(withHeaders(b, headers));
  }

  /** Adds headers given as name, value pairs. */
  private static HttpRequest.Builder withHeaders(HttpRequest.Builder b, String... headers) {
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return b;
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

  /**
   * Sends {@code GET target} exactly as written on the request line (no client normalises it), with
   * this session's cookies; returns the status code and the body.
   */
  public RawResponse raw(String target) {
    URI uri = URI.create(root + "/");
    String cookie =
        cookies.getCookieStore().get(uri).stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(java.util.stream.Collectors.joining("; "));
    try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(30_000);
      String request =
          "GET "
              + uri.getRawPath().replaceAll("/$", "")
              + target
              + " HTTP/1.1\r\nHost: "
              + uri.getHost()
              + ":"
              + uri.getPort()
              + "\r\nCookie: "
              + cookie
              + "\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int status = Integer.parseInt(answer.substring(9, 12));
      int body = answer.indexOf("\r\n\r\n");
      return new RawResponse(status, body < 0 ? "" : answer.substring(body + 4));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A status and body as read off the wire (a chunked body keeps its chunk sizes). */
  public record RawResponse(int status, String body) {}

  /** The value of this session's cookie {@code name}, if it holds one. */
  public Optional<String> cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  /** Sets a cookie, as a balancer's stickiness cookie pins a browser to a server. */
  public void setCookie(String name, String value) {
    HttpCookie cookie = new HttpCookie(name, value);
    cookie.setPath("/");
    cookie.setVersion(0);
    cookies.getCookieStore().add(URI.create(root + "/"), cookie);
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
