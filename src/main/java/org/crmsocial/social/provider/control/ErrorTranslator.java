package org.crmsocial.social.provider.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.ProviderException;
import org.crmsocial.social.provider.model.ProviderException.Detail;

/**
 * Turns a network's error answer (any status other than 2xx) into the typed failure a service can
 * act on. One implementation per network reads that network's error shape; {@link #byStatus} is
 * what they all fall back on when the body says nothing they know. The answer handed in has already
 * been scrubbed of the call's secrets.
 */
interface ErrorTranslator {

  /** How long to hold off when a network throttles without saying for how long. */
  Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofMinutes(15);

  ProviderException translate(ApiResponse response, CallContext context);

  /** The failure an HTTP status means on its own. */
  static ProviderException byStatus(
      Network network, ApiResponse response, CallContext context, Detail detail, Clock clock) {
    int status = response.status();
    if (status == 401
        || (status == 400 && context.purpose() == CallContext.Purpose.TOKEN_REFRESH)) {
      return new ProviderException.TokenExpired(network, detail);
    }
    if (status == 403) {
      return new ProviderException.MissingPermission(network, context.scope(), detail);
    }
    if (status == 404 || status == 410) {
      return new ProviderException.NotFound(network, detail);
    }
    if (status == 429) {
      return new ProviderException.RateLimited(
          network,
          retryAfter(response, clock).orElse(clock.instant().plus(DEFAULT_RATE_LIMIT_WAIT)),
          detail);
    }
    if (status >= 500 || status < 200 || status == 408) {
      return new ProviderException.Transient(network, detail);
    }
    return new ProviderException.BadRequest(network, detail);
  }

  /** The standard {@code Retry-After} header in seconds, as an instant. */
  static java.util.Optional<Instant> retryAfter(ApiResponse response, Clock clock) {
    return response
        .header("Retry-After")
        .flatMap(
            value -> {
              try {
                return java.util.Optional.of(
                    clock.instant().plusSeconds(Long.parseLong(value.strip())));
              } catch (NumberFormatException e) {
                return java.util.Optional.empty();
              }
            });
  }

  /** The body itself, shortened, for answers that carry no error structure a translator knows. */
  static String bodyExcerpt(ApiResponse response) {
    String body = response.body().strip();
    if (body.isEmpty()) {
      return null;
    }
    return body.length() <= 200 ? body : body.substring(0, 200) + "…";
  }
}
