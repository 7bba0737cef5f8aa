package org.crmsocial.social.provider.control;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.ProviderException;
import org.crmsocial.social.provider.model.ProviderException.Detail;
import org.crmsocial.social.provider.model.RateBudget;

/**
 * Sends API calls to one network with {@link HttpClient}: every call has the configured connect
 * timeout, and the whole answer (headers and body) must arrive within the read timeout, so a
 * network that never answers reaches the caller as {@link ProviderException.Transient} instead of
 * holding a thread. Any status other than 2xx goes through the network's {@link ErrorTranslator}
 * after its body has been scrubbed of the call's secrets. Logs name the method and path only, never
 * a query, a body or a token.
 */
final class ProviderHttp {

  private static final System.Logger LOG = System.getLogger(ProviderHttp.class.getName());

  private final Network network;
  private final HttpClient client;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final ErrorTranslator errors;
  private final java.time.Clock clock;

  /** Who wants the budgets the answers on this thread report ({@link #observing}), if anyone. */
  private static final ThreadLocal<Consumer<RateBudget>> OBSERVER = new ThreadLocal<>();

  ProviderHttp(ClientSettings settings, ErrorTranslator errors) {
    this(settings, errors, java.time.Clock.systemUTC());
  }

  ProviderHttp(ClientSettings settings, ErrorTranslator errors, java.time.Clock clock) {
    this.clock = clock;
    this.network = settings.network();
    this.connectTimeout = settings.connectTimeout();
    this.readTimeout = settings.readTimeout();
    this.errors = errors;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /** Sends the call; returns a 2xx answer or throws the typed failure. */
  ApiResponse send(ApiCall call) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(call.uri())
            .timeout(readTimeout)
            .header("Accept", "application/json");
    if (call.bearerToken() != null) {
      request.header("Authorization", "Bearer " + call.bearerToken());
    }
    String body = call.body();
    if (body != null) {
      request.header("Content-Type", call.contentType());
    }
    request.method(
        call.method(),
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    long started = System.nanoTime();
    ApiResponse response = exchange(call, request.build());
    LOG.log(
        Level.DEBUG,
        () ->
            "%s %s -> HTTP %d in %d ms"
                .formatted(
                    network.displayName(),
                    call.describe(),
                    response.status(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)));
    if (response.successful()) {
      Consumer<RateBudget> observer = OBSERVER.get();
      if (observer != null) {
        observer.accept(UsageHeaders.budget(network, response, clock));
      }
      return response;
    }
    throw errors.translate(response.scrubbed(call.secrets()), call.context());
  }

  /**
   * Runs {@code call}, handing {@code observer} what the usage headers of every answer it gets on
   * this thread say of the budget left (issue 19 point 17).
   */
  static <T> T observing(Consumer<RateBudget> observer, Supplier<T> call) {
    Consumer<RateBudget> outer = OBSERVER.get();
    OBSERVER.set(outer == null ? observer : outer.andThen(observer));
    try {
      return call.get();
    } finally {
      if (outer == null) {
        OBSERVER.remove();
      } else {
        OBSERVER.set(outer);
      }
    }
  }

  private ApiResponse exchange(ApiCall call, HttpRequest request) {
    CompletableFuture<HttpResponse<String>> pending =
        client.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    try {
      HttpResponse<String> answer =
          pending.get(connectTimeout.plus(readTimeout).toMillis(), TimeUnit.MILLISECONDS);
      return new ApiResponse(answer.statusCode(), answer.headers().map(), answer.body());
    } catch (TimeoutException e) {
      pending.cancel(true);
      throw unreachable(call, "no complete answer within " + seconds(readTimeout));
    } catch (ExecutionException e) {
      throw unreachable(call, describe(e.getCause()));
    } catch (InterruptedException e) {
      pending.cancel(true);
      Thread.currentThread().interrupt();
      throw unreachable(call, "interrupted while waiting for the answer");
    }
  }

  private String describe(Throwable cause) {
    if (cause instanceof HttpConnectTimeoutException) {
      return "no connection within " + seconds(connectTimeout);
    }
    if (cause instanceof HttpTimeoutException) {
      return "no answer within " + seconds(readTimeout);
    }
    if (cause instanceof ConnectException) {
      return "connection refused";
    }
    if (cause instanceof IOException) {
      return "I/O failure (" + cause.getClass().getSimpleName() + ")";
    }
    return "unexpected failure ("
        + (cause == null ? "unknown" : cause.getClass().getSimpleName())
        + ")";
  }

  /**
   * The failure for a call that got no answer. The cause is described, not attached: exceptions of
   * the HTTP stack may quote the URL, and nothing here may ever carry a secret.
   */
  private ProviderException.Transient unreachable(ApiCall call, String what) {
    LOG.log(
        Level.DEBUG,
        () -> "%s %s failed: %s".formatted(network.displayName(), call.describe(), what));
    return new ProviderException.Transient(
        network, Detail.noResponse(call.describe() + ": " + what));
  }

  /** A timeout as an administrator reads it: {@code 15 s}, {@code 0.3 s}. */
  static String seconds(Duration duration) {
    return java.math.BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString()
        + " s";
  }
}
