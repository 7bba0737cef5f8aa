package org.crmsocial.sandbox.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.crmsocial.sandbox.control.OAuthFailure;
import org.crmsocial.sandbox.control.OAuthService;
import org.crmsocial.sandbox.control.Times;
import org.crmsocial.sandbox.model.Network;

/**
 * Google's OAuth 2.0 token endpoint (code with PKCE, refresh) and revoke endpoint. A refresh token
 * is issued when the consent asked for {@code access_type=offline} and does not rotate. Errors are
 * {@code invalid_client}, {@code invalid_grant}, {@code redirect_uri_mismatch}, {@code
 * unsupported_grant_type} and {@code invalid_token}.
 */
@Path("/google/oauth2")
public class GoogleTokenResource {

  @Inject OAuthService oauth;
  @Context UriInfo uri;

  @POST
  @Path("token")
  public Response token(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      String body) {
    MultivaluedMap<String, String> p = Params.merged(uri.getQueryParameters(), body, contentType);
    checkClient(authorization, p);
    OffsetDateTime now = Times.now();
    String grantType = p.getFirst("grant_type");
    try {
      if ("authorization_code".equals(grantType)) {
        return ok(
            oauth.redeemCode(
                Network.GOOGLE,
                p.getFirst("code"),
                p.getFirst("redirect_uri"),
                p.getFirst("code_verifier")),
            now);
      }
      if ("refresh_token".equals(grantType)) {
        return ok(oauth.refreshTokens(Network.GOOGLE, p.getFirst("refresh_token")), now);
      }
      throw GoogleErrors.oauth(
          400,
          "unsupported_grant_type",
          "Invalid grant_type: " + (grantType == null ? "" : grantType));
    } catch (OAuthFailure f) {
      if (f.reason() == OAuthFailure.Reason.REDIRECT_MISMATCH) {
        throw GoogleErrors.oauth(400, "redirect_uri_mismatch", "Bad Request");
      }
      if (f.reason() == OAuthFailure.Reason.INVALID_TOKEN) {
        throw GoogleErrors.oauth(400, "invalid_grant", "Token has been expired or revoked.");
      }
      throw GoogleErrors.invalidGrant();
    }
  }

  @POST
  @Path("revoke")
  public Response revoke(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, String body) {
    MultivaluedMap<String, String> p = Params.merged(uri.getQueryParameters(), body, contentType);
    return oauth
        .findToken(p.getFirst("token"))
        .filter(t -> t.grant().network() == Network.GOOGLE && !t.revoked())
        .map(
            t -> {
              oauth.revokeGrant(t.grant().id());
              return Response.ok("{}", ApiErrorMapper.JSON).build();
            })
        .orElseThrow(() -> GoogleErrors.oauth(400, "invalid_token", "Token expired or revoked"));
  }

  private static void checkClient(String authorization, MultivaluedMap<String, String> p) {
    Optional<Params.Basic> basic = Params.basic(authorization);
    String id = basic.map(Params.Basic::id).orElse(p.getFirst("client_id"));
    String secret = basic.isPresent() ? basic.get().secret() : p.getFirst("client_secret");
    if (!Network.GOOGLE.clientId().equals(id)) {
      throw GoogleErrors.oauth(401, "invalid_client", "The OAuth client was not found.");
    }
    if (!Network.CLIENT_SECRET.equals(secret)) {
      throw GoogleErrors.oauth(401, "invalid_client", "Unauthorized");
    }
  }

  private static Response ok(OAuthService.Tokens tokens, OffsetDateTime now) {
    JsonObjectBuilder b =
        SandboxJson.object()
            .add("access_token", tokens.access().value())
            .add("expires_in", tokens.access().expiresIn(now));
    if (tokens.refresh() != null) {
      b.add("refresh_token", tokens.refresh().value());
    }
    b.add("scope", String.join(" ", tokens.grant().granted())).add("token_type", "Bearer");
    return Response.ok(b.build().toString(), ApiErrorMapper.JSON)
        .header("Cache-Control", "no-store")
        .build();
  }
}
