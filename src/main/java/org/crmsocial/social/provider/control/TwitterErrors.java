package org.crmsocial.social.provider.control;

import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.ProviderException;
import org.crmsocial.social.provider.model.ProviderException.Detail;

/**
 * Reads the X API's problem details ({@code {"title","type","status","detail"}}), its legacy form
 * ({@code {"errors":[{"code":88,"message"}]}}) and the OAuth errors of its token endpoint. The
 * status and the {@code x-rate-limit-reset} header are trusted over the body; a 403 is a missing
 * scope unless it says the content is a duplicate.
 */
final class TwitterErrors implements ErrorTranslator {

  private static final String PROBLEMS = "https://api.twitter.com/2/problems/";

  private final Clock clock;

  TwitterErrors(Clock clock) {
    this.clock = clock;
  }

  @Override
  public ProviderException translate(ApiResponse response, CallContext context) {
    Optional<ProviderException> oauth = OAuthErrors.translate(Network.TWITTER, response, context);
    if (oauth.isPresent()) {
      return oauth.get();
    }
    Optional<JsonObject> body = JsonCodec.object(response.body());
    Optional<JsonObject> legacy = body.flatMap(b -> JsonCodec.first(b, "errors"));
    String message =
        body.flatMap(b -> JsonCodec.text(b, "detail"))
            .or(() -> legacy.flatMap(e -> JsonCodec.text(e, "message")))
            .or(() -> legacy.flatMap(e -> JsonCodec.text(e, "detail")))
            .or(() -> body.flatMap(b -> JsonCodec.text(b, "title")))
            .orElse(ErrorTranslator.bodyExcerpt(response));
    String code =
        body.flatMap(b -> JsonCodec.text(b, "type"))
            .filter(type -> !"about:blank".equals(type))
            .map(TwitterErrors::shortType)
            .or(() -> legacy.flatMap(e -> JsonCodec.text(e, "code")))
            .orElse(null);
    Detail detail = new Detail(response.status(), code, message);
    if (response.status() == 429) {
      return new ProviderException.RateLimited(Network.TWITTER, resetAt(response), detail);
    }
    if (response.status() == 403
        && message != null
        && message.toLowerCase(Locale.ROOT).contains("duplicate")) {
      return new ProviderException.BadRequest(Network.TWITTER, detail);
    }
    return ErrorTranslator.byStatus(Network.TWITTER, response, context, detail, clock);
  }

  /**
   * The failure an HTTP 200 answer means when it carries {@code errors} and no {@code data} (user
   * lookup of an unknown name: {@code resource-not-found}).
   */
  static ProviderException partial(String problemType, String title, String detail) {
    String type = problemType == null ? null : shortType(problemType);
    String message = detail != null ? detail : title;
    Detail problem = new Detail(200, type, message);
    if (type == null) {
      return new ProviderException.BadRequest(Network.TWITTER, problem);
    }
    return switch (type) {
      case "resource-not-found" -> new ProviderException.NotFound(Network.TWITTER, problem);
      case "not-authorized-for-resource", "client-forbidden" ->
          new ProviderException.MissingPermission(Network.TWITTER, null, problem);
      default -> new ProviderException.BadRequest(Network.TWITTER, problem);
    };
  }

  private Instant resetAt(ApiResponse response) {
    return response
        .header("x-rate-limit-reset")
        .flatMap(
            value -> {
              try {
                return Optional.of(Instant.ofEpochSecond(Long.parseLong(value.strip())));
              } catch (NumberFormatException e) {
                return Optional.empty();
              }
            })
        .or(() -> ErrorTranslator.retryAfter(response, clock))
        .orElse(clock.instant().plus(DEFAULT_RATE_LIMIT_WAIT));
  }

  private static String shortType(String type) {
    return type.startsWith(PROBLEMS) ? type.substring(PROBLEMS.length()) : type;
  }
}
