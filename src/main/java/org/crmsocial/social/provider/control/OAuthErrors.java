package org.crmsocial.social.provider.control;

import jakarta.json.JsonObject;
import java.util.Optional;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.ProviderException;
import org.crmsocial.social.provider.model.ProviderException.Detail;

/**
 * The OAuth 2.0 error answer of RFC 6749 §5.2 ({@code {"error":"invalid_grant",
 * "error_description":"…"}}), as Twitter's and Google's token endpoints send it. A wrong PKCE
 * verifier or a replayed code is a bad request while exchanging; a refresh token the network no
 * longer accepts means the link is dead and the account needs re-authorization.
 */
final class OAuthErrors {

  private OAuthErrors() {}

  /** The failure, if the body is an OAuth error answer. */
  static Optional<ProviderException> translate(
      Network network, ApiResponse response, CallContext context) {
    Optional<JsonObject> body = JsonCodec.object(response.body());
    Optional<String> error = body.flatMap(b -> JsonCodec.text(b, "error"));
    if (error.isEmpty()) {
      return Optional.empty();
    }
    String code = error.get();
    Detail detail =
        new Detail(
            response.status(),
            code,
            body.flatMap(b -> JsonCodec.text(b, "error_description")).orElse(null));
    return Optional.of(
        switch (code) {
          case "invalid_grant", "invalid_request", "invalid_token" ->
              context.purpose() == CallContext.Purpose.TOKEN_EXCHANGE
                  ? new ProviderException.BadRequest(network, detail)
                  : new ProviderException.TokenExpired(network, detail);
          case "temporarily_unavailable", "server_error" ->
              new ProviderException.Transient(network, detail);
          case "insufficient_scope" ->
              new ProviderException.MissingPermission(network, context.scope(), detail);
          default ->
              // invalid_client, unauthorized_client, invalid_scope, unsupported_grant_type: the
              // app's configuration is wrong, which no retry or re-authorization fixes
              response.status() >= 500
                  ? new ProviderException.Transient(network, detail)
                  : new ProviderException.BadRequest(network, detail);
        });
  }
}
