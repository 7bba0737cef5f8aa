package org.crmsocial.social.provider.control;

import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.ProviderException;
import org.crmsocial.social.provider.model.ProviderException.Detail;

/**
 * Reads the Graph API error answer {@code {"error":{"message","type","code","error_subcode"}}}.
 * Facebook signals most things by code, not by status: it never throttles with a 429 but with codes
 * 4, 17, 32, 613 and 80000–80014 in a 400 or 403 body, and an expired token is code 190 with HTTP
 * 400.
 */
final class FacebookErrors implements ErrorTranslator {

  /** Code 10 with this subcode: a page reply outside the 24-hour messaging window. */
  static final long REPLY_WINDOW_SUBCODE = 2018278;

  /**
   * A Graph permission named in a message such as "(#200) Requires pages_manage_posts permission".
   */
  private static final Pattern PERMISSION =
      Pattern.compile("\\b((?:pages|publish|read|manage|business|instagram)_[a-z_]+)\\b");

  private final Clock clock;

  FacebookErrors(Clock clock) {
    this.clock = clock;
  }

  @Override
  public ProviderException translate(ApiResponse response, CallContext context) {
    Optional<JsonObject> error =
        JsonCodec.object(response.body()).flatMap(body -> JsonCodec.object(body, "error"));
    if (error.isEmpty()) {
      Detail detail = new Detail(response.status(), null, ErrorTranslator.bodyExcerpt(response));
      return ErrorTranslator.byStatus(Network.FACEBOOK, response, context, detail, clock);
    }
    long code = JsonCodec.number(error.get(), "code").orElse(-1L);
    Long subcode = JsonCodec.number(error.get(), "error_subcode").orElse(null);
    String message = JsonCodec.text(error.get(), "message").orElse(null);
    Detail detail =
        new Detail(
            response.status(),
            code < 0 ? null : subcode == null ? code + "" : code + "/" + subcode,
            message);
    return byCode(code, subcode, message, response, context, detail);
  }

  private ProviderException byCode(
      long code,
      Long subcode,
      String message,
      ApiResponse response,
      CallContext context,
      Detail detail) {
    Network facebook = Network.FACEBOOK;
    if (code == 190 || code == 102 || code == 2500) {
      return new ProviderException.TokenExpired(facebook, detail);
    }
    if (code == 10 && subcode != null && subcode == REPLY_WINDOW_SUBCODE) {
      return new ProviderException.ReplyWindowClosed(facebook, detail);
    }
    if (code == 10 || (code >= 200 && code <= 299)) {
      return new ProviderException.MissingPermission(
          facebook, permission(message, context), detail);
    }
    if (code == 4 || code == 17 || code == 32 || code == 613 || (code >= 80000 && code <= 80014)) {
      return new ProviderException.RateLimited(facebook, resetAt(response), detail);
    }
    if (code == 1 || code == 2) {
      return new ProviderException.Transient(facebook, detail);
    }
    if (code == 100 || code == 803) {
      // While exchanging a code, 100 means a bad, used or expired code: the request, not an object
      return context.purpose() == CallContext.Purpose.TOKEN_EXCHANGE
          ? new ProviderException.BadRequest(facebook, detail)
          : new ProviderException.NotFound(facebook, detail);
    }
    if (code == 506 || code == 368) {
      return new ProviderException.BadRequest(facebook, detail);
    }
    return ErrorTranslator.byStatus(facebook, response, context, detail, clock);
  }

  private static String permission(String message, CallContext context) {
    if (message != null) {
      Matcher matcher = PERMISSION.matcher(message);
      if (matcher.find()) {
        return matcher.group(1);
      }
    }
    return context.scope();
  }

  /**
   * When calls may resume (issue 19 point 14): the time to regain access of the usage headers, to
   * the minute, else the pause their percentages call for ({@link UsageHeaders}); only an answer
   * with no usage header at all waits {@link ErrorTranslator#DEFAULT_RATE_LIMIT_WAIT}.
   */
  private Instant resetAt(ApiResponse response) {
    return UsageHeaders.facebookThrottleEnd(response, clock)
        .orElse(clock.instant().plus(DEFAULT_RATE_LIMIT_WAIT));
  }
}
