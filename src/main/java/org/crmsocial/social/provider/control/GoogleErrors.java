package org.crmsocial.social.provider.control;

import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.ProviderException;
import org.crmsocial.social.provider.model.ProviderException.Detail;

/**
 * Reads the Google API error answer {@code {"error":{"errors":[{"domain","reason","message"}],
 * "code","message"}}} by its {@code reason}, and the OAuth errors of the token endpoint.
 */
final class GoogleErrors implements ErrorTranslator {

  /** Google's per-user limits count per 100 seconds. */
  private static final Duration SHORT_WAIT = Duration.ofMinutes(2);

  /** Daily quotas: try again in an hour rather than hammering a closed door. */
  private static final Duration QUOTA_WAIT = Duration.ofHours(1);

  private final Clock clock;

  GoogleErrors(Clock clock) {
    this.clock = clock;
  }

  @Override
  public ProviderException translate(ApiResponse response, CallContext context) {
    Optional<ProviderException> oauth =
        OAuthErrors.translate(Network.GOOGLE_PLUS, response, context);
    if (oauth.isPresent()) {
      return oauth.get();
    }
    Optional<JsonObject> error =
        JsonCodec.object(response.body()).flatMap(body -> JsonCodec.object(body, "error"));
    Optional<JsonObject> first = error.flatMap(e -> JsonCodec.first(e, "errors"));
    String reason = first.flatMap(e -> JsonCodec.text(e, "reason")).orElse(null);
    String domain = first.flatMap(e -> JsonCodec.text(e, "domain")).orElse(null);
    String message =
        error
            .flatMap(e -> JsonCodec.text(e, "message"))
            .or(() -> first.flatMap(e -> JsonCodec.text(e, "message")))
            .orElse(ErrorTranslator.bodyExcerpt(response));
    Detail detail = new Detail(response.status(), reason, message);
    Network google = Network.GOOGLE_PLUS;
    if (reason == null) {
      return ErrorTranslator.byStatus(google, response, context, detail, clock);
    }
    return switch (reason) {
      case "authError", "invalidCredentials", "unauthorized" ->
          new ProviderException.TokenExpired(google, detail);
      case "insufficientPermissions", "forbidden" ->
          new ProviderException.MissingPermission(google, context.scope(), detail);
      case "rateLimitExceeded", "userRateLimitExceeded" ->
          rateLimited(response, detail, SHORT_WAIT);
      case "quotaExceeded", "dailyLimitExceeded" -> rateLimited(response, detail, QUOTA_WAIT);
      case "notFound", "deleted" -> new ProviderException.NotFound(google, detail);
      case "backendError", "internalError", "serviceUnavailable" ->
          new ProviderException.Transient(google, detail);
      default ->
          "usageLimits".equals(domain)
              ? rateLimited(response, detail, SHORT_WAIT)
              : ErrorTranslator.byStatus(google, response, context, detail, clock);
    };
  }

  private ProviderException rateLimited(ApiResponse response, Detail detail, Duration wait) {
    return new ProviderException.RateLimited(
        Network.GOOGLE_PLUS,
        ErrorTranslator.retryAfter(response, clock).orElse(clock.instant().plus(wait)),
        detail);
  }
}
