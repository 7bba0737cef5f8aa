package org.crmsocial.sandbox.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import org.crmsocial.sandbox.control.OAuthFailure;
import org.crmsocial.sandbox.control.OAuthService;
import org.crmsocial.sandbox.control.Times;
import org.crmsocial.sandbox.model.Network;
import org.crmsocial.sandbox.model.Token;
import org.crmsocial.sandbox.model.TokenKind;

/**
 * Facebook's {@code /oauth/access_token}: exchanges a code for a short-lived user token, and a
 * short-lived token ({@code grant_type=fb_exchange_token}) for a long-lived one of about sixty
 * days. There is no refresh token.
 */
@Path("/facebook/graph/v25.0/oauth")
public class FacebookTokenResource {

  @Inject OAuthService oauth;
  @Context UriInfo uri;

  @GET
  @Path("access_token")
  public Response get() {
    return token(uri.getQueryParameters());
  }

  @POST
  @Path("access_token")
  public Response post(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, String body) {
    return token(Params.merged(uri.getQueryParameters(), body, contentType));
  }

  private Response token(MultivaluedMap<String, String> p) {
    try {
      if (!Network.FACEBOOK.clientId().equals(p.getFirst("client_id"))) {
        throw FacebookErrors.badClient();
      }
      if (!Network.CLIENT_SECRET.equals(p.getFirst("client_secret"))) {
        throw FacebookErrors.badSecret();
      }
      OffsetDateTime now = Times.now();
      OAuthService.Issued issued;
      if ("fb_exchange_token".equals(p.getFirst("grant_type"))) {
        Token t =
            oauth
                .findToken(p.getFirst("fb_exchange_token"))
                .filter(
                    x -> x.kind() == TokenKind.ACCESS && x.grant().network() == Network.FACEBOOK)
                .orElseThrow(FacebookErrors::invalidToken);
        if (t.revoked()) {
          throw FacebookErrors.appRemoved();
        }
        if (t.expiredAt(now)) {
          throw FacebookErrors.expired(t.expiresAt());
        }
        issued = oauth.issue(t.grant(), TokenKind.ACCESS, null, true, OAuthService.FACEBOOK_LONG);
      } else {
        if (p.getFirst("code") == null) {
          throw FacebookErrors.invalidParameter("Missing code parameter");
        }
        OAuthService.Exchange exchange =
            oauth.exchangeCode(
                Network.FACEBOOK, p.getFirst("code"), p.getFirst("redirect_uri"), null);
        issued =
            oauth.issue(
                exchange.grant(), TokenKind.ACCESS, null, false, OAuthService.FACEBOOK_SHORT);
      }
      return Response.ok(
              SandboxJson.object()
                  .add("access_token", issued.value())
                  .add("token_type", "bearer")
                  .add("expires_in", issued.expiresIn(now))
                  .build()
                  .toString(),
              ApiErrorMapper.JSON)
          .header("Cache-Control", "no-store")
          .build();
    } catch (OAuthFailure f) {
      throw switch (f.reason()) {
        case CODE_USED -> FacebookErrors.code(36009, "This authorization code has been used.");
        case CODE_EXPIRED -> FacebookErrors.code(36007, "This authorization code has expired.");
        case REDIRECT_MISMATCH ->
            FacebookErrors.code(
                36008,
                "Error validating verification code. Please make sure your redirect_uri is"
                    + " identical to the one you used in the OAuth dialog request");
        default -> FacebookErrors.invalidParameter("Invalid verification code format.");
      };
    }
  }
}
