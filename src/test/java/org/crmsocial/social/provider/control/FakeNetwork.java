package org.crmsocial.social.provider.control;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A network on an ephemeral loopback port: answers each {@code METHOD /path} with the replies set
 * for it (in order, the last one repeating), records every request it receives, and can hold a
 * request unanswered until it is closed.
 */
final class FakeNetwork implements AutoCloseable {

  /** A request as the server saw it. */
  record Request(
      String method,
      String path,
      Map<String, List<String>> query,
      Map<String, List<String>> headers,
      String body) {

    String query(String name) {
      List<String> values = query.get(name);
      return values == null ? null : values.get(0);
    }

    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }

    /** A field of a form-encoded body. */
    String form(String name) {
      List<String> values = decode(body).get(name);
      return values == null ? null : values.get(0);
    }

    Map<String, List<String>> form() {
      return decode(body);
    }
  }

  private record Reply(int status, String body, Map<String, String> headers, boolean hang) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Map<String, Deque<Reply>> routes = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final CountDownLatch closed = new CountDownLatch(1);

  private FakeNetwork() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  static FakeNetwork start() {
    try {
      return new FakeNetwork();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The base URL, such as {@code http://127.0.0.1:41234}. */
  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /**
   * Answers {@code method path} with a status, a body and headers given as name, value, name,
   * value.
   */
  FakeNetwork on(String method, String path, int status, String body, String... headers) {
    Map<String, String> headerMap = new LinkedHashMap<>();
    for (int i = 0; i + 1 < headers.length; i += 2) {
      headerMap.put(headers[i], headers[i + 1]);
    }
    routes
        .computeIfAbsent(method + " " + path, k -> new ArrayDeque<>())
        .add(new Reply(status, body, headerMap, false));
    return this;
  }

  /** Answers with a fixture of {@code provider-fixtures}. */
  FakeNetwork onFixture(String method, String path, int status, String fixture, String... headers) {
    return on(method, path, status, Fixtures.read(fixture), headers);
  }

  /** Never answers {@code method path} (until closed). */
  FakeNetwork hang(String method, String path) {
    routes
        .computeIfAbsent(method + " " + path, k -> new ArrayDeque<>())
        .add(new Reply(0, null, Map.of(), true));
    return this;
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  Request last() {
    if (requests.isEmpty()) {
      throw new AssertionError("the network received no request");
    }
    return requests.get(requests.size() - 1);
  }

  /** The last request to a path. */
  Request last(String method, String path) {
    for (int i = requests.size() - 1; i >= 0; i--) {
      Request request = requests.get(i);
      if (request.method().equals(method) && request.path().equals(path)) {
        return request;
      }
    }
    throw new AssertionError("no " + method + " " + path + " among " + requests);
  }

  @Override
  public void close() {
    closed.countDown();
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body;
    try (InputStream in = exchange.getRequestBody()) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String path = exchange.getRequestURI().getPath();
    requests.add(
        new Request(
            exchange.getRequestMethod(),
            path,
            decode(exchange.getRequestURI().getRawQuery()),
            Map.copyOf(exchange.getRequestHeaders()),
            body));
    Deque<Reply> replies = routes.get(exchange.getRequestMethod() + " " + path);
    Reply reply;
    if (replies == null || replies.isEmpty()) {
      reply = new Reply(404, "{\"fake\":\"no route for " + path + "\"}", Map.of(), false);
    } else {
      synchronized (replies) {
        reply = replies.size() > 1 ? replies.poll() : replies.peek();
      }
    }
    if (reply.hang()) {
      try {
        closed.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.close();
      return;
    }
    reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
    exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
    byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
    try (var out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  static Map<String, List<String>> decode(String raw) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return values;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String name =
          URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return values;
  }
}
