package org.crmsocial.sandbox.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.crmsocial.sandbox.control.OAuthFailure;
import org.crmsocial.sandbox.control.OAuthService;
import org.crmsocial.sandbox.control.Times;
import org.crmsocial.sandbox.model.Network;

/**
 * Twitter's OAuth 2.0 token and revoke endpoints. A confidential client authenticates with HTTP
 * Basic (id and secret), a public one names its {@code client_id}. The code exchange checks the
 * PKCE verifier; the refresh token rotates on every refresh. A wrong verifier or a reused code
 * answers {@code invalid_request} as X does.
 */
@Path("/twitter/api/2/oauth2")
public class TwitterTokenResource {

  @Inject OAuthService oauth;

  @POST
  @Path("token")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response token(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      MultivaluedMap<String, String> form) {
    checkClient(authorization, form);
    OffsetDateTime now = Times.now();
    String grantType = form.getFirst("grant_type");
    try {
      if ("authorization_code".equals(grantType)) {
        return ok(
            oauth.redeemCode(
                Network.TWITTER,
                form.getFirst("code"),
                form.getFirst("redirect_uri"),
                form.getFirst("code_verifier")),
            now);
      }
      if ("refresh_token".equals(grantType)) {
        return ok(oauth.refreshTokens(Network.TWITTER, form.getFirst("refresh_token")), now);
      }
      throw TwitterErrors.oauth(
          400, "invalid_request", "Value passed for the grant type was invalid.");
    } catch (OAuthFailure f) {
      throw f.reason() == OAuthFailure.Reason.INVALID_TOKEN
          ? TwitterErrors.invalidToken()
          : TwitterErrors.invalidCode();
    }
  }

  @POST
  @Path("revoke")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response revoke(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      MultivaluedMap<String, String> form) {
    checkClient(authorization, form);
    oauth
        .findToken(form.getFirst("token"))
        .filter(t -> t.grant().network() == Network.TWITTER)
        .ifPresent(t -> oauth.revokeGrant(t.grant().id()));
    return Response.ok("{\"revoked\":true}", ApiErrorMapper.JSON).build();
  }

  private static void checkClient(String authorization, MultivaluedMap<String, String> form) {
    Optional<Params.Basic> basic = Params.basic(authorization);
    if (basic.isPresent()) {
      if (!Network.TWITTER.clientId().equals(basic.get().id())
          || !Network.CLIENT_SECRET.equals(basic.get().secret())) {
        throw TwitterErrors.oauth(401, "unauthorized_client", "Missing valid authorization header");
      }
      return;
    }
    if (!Network.TWITTER.clientId().equals(form.getFirst("client_id"))) {
      throw TwitterErrors.oauth(401, "unauthorized_client", "Missing valid authorization header");
    }
  }

  private static Response ok(OAuthService.Tokens tokens, OffsetDateTime now) {
    JsonObjectBuilder b =
        SandboxJson.object()
            .add("token_type", "bearer")
            .add("expires_in", tokens.access().expiresIn(now))
            .add("access_token", tokens.access().value())
            .add("scope", String.join(" ", tokens.grant().granted()));
    if (tokens.refresh() != null) {
      b.add("refresh_token", tokens.refresh().value());
    }
    return Response.ok(b.build().toString(), ApiErrorMapper.JSON)
        .header("Cache-Control", "no-store")
        .build();
  }
}
