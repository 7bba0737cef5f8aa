package org.crmsocial.sandbox.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.Optional;
import org.crmsocial.sandbox.control.NetworkControls;
import org.crmsocial.sandbox.control.RateWindow;
import org.crmsocial.sandbox.control.SandboxConfig;
import org.crmsocial.sandbox.control.Secrets;
import org.crmsocial.sandbox.model.FaultKind;
import org.crmsocial.sandbox.model.Network;

/**
 * Runs before and after every API call of a network (not its OAuth pages): serves a queued fault
 * exactly as the network would fail (TIMEOUT holds the response for {@code
 * crmsocial.sandbox.timeout-delay} first), counts Twitter's 15-minute window per token and endpoint
 * and answers 429 once it is used up, and adds Twitter's {@code x-rate-limit-*} headers and
 * Facebook's usage headers to every response (at least the usage set by the admin control {@code
 * usage}, with {@code X-Business-Use-Case-Usage} then).
 */
@Provider
@SandboxApi
@Priority(Priorities.AUTHENTICATION - 100)
public class ApiFilter implements ContainerRequestFilter, ContainerResponseFilter {

  static final String TWITTER_USAGE = "org.crmsocial.sandbox.twitter-usage";
  static final String FACEBOOK_USAGE = "org.crmsocial.sandbox.facebook-usage";
  private static final int DEFAULT_TWITTER_LIMIT = 900;

  @Inject NetworkControls controls;
  @Inject SandboxConfig config;
  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    Network network = network();
    Optional<FaultKind> fault = controls.faults(network).take();
    if (fault.isPresent()) {
      if (fault.get() == FaultKind.TIMEOUT) {
        try {
          Thread.sleep(config.timeoutDelay().toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      int regain =
          controls
              .facebookUsage()
              .map(NetworkControls.FacebookUsage::regainMinutes)
              .orElse(NetworkControls.FacebookUsage.DEFAULT_REGAIN_MINUTES);
      request.abortWith(ApiErrorMapper.response(fault(network, fault.get(), limit(), regain)));
      return;
    }
    long now = System.currentTimeMillis();
    if (network == Network.TWITTER) {
      RateWindow.Usage usage =
          controls
              .twitterWindows()
              .hit(windowKey(request.getHeaderString(HttpHeaders.AUTHORIZATION)), limit(), now);
      request.setProperty(TWITTER_USAGE, usage);
      if (!usage.allowed()) {
        request.abortWith(ApiErrorMapper.response(TwitterErrors.tooMany(headers(usage))));
      }
    } else if (network == Network.FACEBOOK) {
      request.setProperty(FACEBOOK_USAGE, controls.facebookCall(now));
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Network network = network();
    if (network == Network.TWITTER && !response.getHeaders().containsKey("x-rate-limit-limit")) {
      Object u = request.getProperty(TWITTER_USAGE);
      RateWindow.Usage usage =
          u instanceof RateWindow.Usage x
              ? x
              : new RateWindow.Usage(
                  true, limit(), limit(), (System.currentTimeMillis() + 900_000L) / 1000);
      headers(usage).forEach((k, v) -> response.getHeaders().putSingle(k, v));
    } else if (network == Network.FACEBOOK && !response.getHeaders().containsKey("X-App-Usage")) {
      Object u = request.getProperty(FACEBOOK_USAGE);
      int percent = u instanceof Integer p ? p : 0;
      response.getHeaders().putSingle("X-App-Usage", FacebookErrors.usage(percent));
      response.getHeaders().putSingle("X-Page-Usage", FacebookErrors.usage(percent));
      if (controls.facebookUsage().isPresent()) {
        response
            .getHeaders()
            .putSingle("X-Business-Use-Case-Usage", FacebookErrors.businessUsage(percent, 0));
      }
    }
  }

  /** The error a queued fault answers with, per network (PROVIDERS.md, the sandbox's controls). */
  static ApiError fault(Network network, FaultKind kind, int twitterLimit) {
    return fault(network, kind, twitterLimit, NetworkControls.FacebookUsage.DEFAULT_REGAIN_MINUTES);
  }

  /**
   * The error a queued fault answers with; a Facebook throttle says access returns after {@code
   * regainMinutes}.
   */
  static ApiError fault(Network network, FaultKind kind, int twitterLimit, int regainMinutes) {
    long reset = (System.currentTimeMillis() + NetworkControls.TWITTER_WINDOW_MILLIS) / 1000;
    return switch (network) {
      case FACEBOOK ->
          switch (kind) {
            case HTTP_500, TIMEOUT -> FacebookErrors.unexpected();
            case RATE_LIMIT -> FacebookErrors.throttled(regainMinutes);
            case TOKEN_EXPIRED ->
                FacebookErrors.expired(java.time.OffsetDateTime.now().minusMinutes(1));
          };
      case TWITTER ->
          switch (kind) {
            case HTTP_500 -> TwitterErrors.serverError();
            case TIMEOUT -> TwitterErrors.unavailable();
            case RATE_LIMIT ->
                TwitterErrors.tooMany(headers(new RateWindow.Usage(false, twitterLimit, 0, reset)));
            case TOKEN_EXPIRED -> TwitterErrors.unauthorized();
          };
      case GOOGLE ->
          switch (kind) {
            case HTTP_500 -> GoogleErrors.backendError();
            case TIMEOUT -> GoogleErrors.unavailable();
            case RATE_LIMIT -> GoogleErrors.rateLimit();
            case TOKEN_EXPIRED -> GoogleErrors.invalidCredentials();
          };
    };
  }

  static Map<String, String> headers(RateWindow.Usage usage) {
    return Map.of(
        "x-rate-limit-limit", String.valueOf(usage.limit()),
        "x-rate-limit-remaining", String.valueOf(usage.remaining()),
        "x-rate-limit-reset", String.valueOf(usage.resetEpochSecond()));
  }

  private String windowKey(String authorization) {
    String who = authorization == null ? "anonymous" : Secrets.hash(authorization);
    return who + ":" + resource.getResourceMethod().getName();
  }

  private int limit() {
    RateLimit limit =
        resource.getResourceMethod() == null
            ? null
            : resource.getResourceMethod().getAnnotation(RateLimit.class);
    return limit == null ? DEFAULT_TWITTER_LIMIT : limit.value();
  }

  private Network network() {
    SandboxApi api = resource.getResourceClass().getAnnotation(SandboxApi.class);
    return api == null ? Network.FACEBOOK : api.value();
  }
}
