package org.crmsocial.sandbox.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmsocial.sandbox.control.OAuthService;
import org.crmsocial.sandbox.control.SandboxConfig;
import org.crmsocial.sandbox.control.SignInService;
import org.crmsocial.sandbox.entity.Actor;
import org.crmsocial.sandbox.entity.Grant;
import org.crmsocial.sandbox.entity.Network;

/**
 * Google's OAuth 2.0 consent (PKCE when a challenge is sent): sign in, then the permission request
 * with <b>Allow</b> or Deny (S-15); back to the app with {@code state}, {@code code} and {@code
 * scope}, or {@code error=access_denied}. An unknown client ({@code invalid_client}), a foreign
 * {@code redirect_uri} ({@code redirect_uri_mismatch}) or an unknown scope gets an error page.
 */
@Path("/google/accounts/o/oauth2/v2/auth")
public class GoogleAuthResource {

  private static final Network NETWORK = Network.GOOGLE;
  private static final List<String> PARAMS =
      List.of(
          "client_id",
          "redirect_uri",
          "response_type",
          "scope",
          "state",
          "code_challenge",
          "code_challenge_method",
          "access_type",
          "prompt");

  @Inject SignInService signIn;
  @Inject OAuthService oauth;
  @Inject SandboxConfig config;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @GET
  public Response auth() {
    Map<String, String> params = Authorize.params(uri.getQueryParameters(), PARAMS);
    Optional<Response> invalid = validate(params);
    if (invalid.isPresent()) {
      return invalid.get();
    }
    return signIn
        .user(NETWORK, Authorize.sessionValue(headers.getCookies()))
        .map(u -> Authorize.html(200, consent(params, u)))
        .orElseGet(() -> Authorize.html(200, Html.signIn(NETWORK, action(), params, null, "")));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response step(MultivaluedMap<String, String> form) {
    Map<String, String> params = Authorize.params(form, PARAMS);
    Optional<Response> invalid = validate(params);
    if (invalid.isPresent()) {
      return invalid.get();
    }
    String step = form.getFirst("step");
    String session = Authorize.sessionValue(headers.getCookies());
    if ("login".equals(step)) {
      Optional<Actor> found = signIn.check(NETWORK, form.getFirst("email"), form.getFirst("pass"));
      if (found.isEmpty()) {
        return Authorize.html(
            200,
            Html.signIn(
                NETWORK,
                action(),
                params,
                "Wrong password. Try again or click Forgot password to reset it.",
                form.getFirst("email")));
      }
      return Response.fromResponse(Authorize.html(200, consent(params, found.get())))
          .cookie(Authorize.session(NETWORK, signIn.open(NETWORK, found.get().id())))
          .build();
    }
    if ("change-user".equals(step)) {
      signIn.close(session);
      return Response.fromResponse(
              Authorize.html(200, Html.signIn(NETWORK, action(), params, null, "")))
          .cookie(Authorize.clear(NETWORK))
          .build();
    }
    if ("deny".equals(step)) {
      Map<String, String> q = new LinkedHashMap<>();
      q.put("error", "access_denied");
      q.put("state", params.get("state"));
      return Authorize.redirect(Authorize.back(params.get("redirect_uri"), q));
    }
    Optional<Actor> user = signIn.user(NETWORK, session);
    if (user.isEmpty()) {
      return Authorize.html(200, Html.signIn(NETWORK, action(), params, null, ""));
    }
    if ("allow".equals(step)) {
      Grant grant = oauth.createGrant(NETWORK, user.get().id(), scopes(params), List.of());
      String code =
          oauth.issueCode(
              grant,
              params.get("redirect_uri"),
              params.get("code_challenge"),
              params.getOrDefault("code_challenge_method", "plain"),
              "offline".equals(params.get("access_type")));
      Map<String, String> q = new LinkedHashMap<>();
      q.put("state", params.get("state"));
      q.put("code", code);
      q.put("scope", String.join(" ", scopes(params)));
      return Authorize.redirect(Authorize.back(params.get("redirect_uri"), q));
    }
    return Authorize.html(200, consent(params, user.get()));
  }

  private Optional<Response> validate(Map<String, String> params) {
    if (!NETWORK.clientId().equals(params.get("client_id"))) {
      return Optional.of(
          error("Error 401: invalid_client", "The OAuth client was not found."));
    }
    if (!Authorize.redirectAllowed(
        NETWORK, params.get("redirect_uri"), uri.getBaseUri(), config.publicUrl())) {
      return Optional.of(
          error(
              "Error 400: redirect_uri_mismatch",
              "You can't sign in to this app because it doesn't comply with Google's OAuth 2.0"
                  + " policy. redirect_uri=" + params.get("redirect_uri")));
    }
    if (!"code".equals(params.get("response_type"))) {
      return Optional.of(error("Error 400: invalid_request", "Required parameter is missing: response_type"));
    }
    List<String> scopes = scopes(params);
    if (scopes.isEmpty() || !NETWORK.scopes().containsAll(scopes)) {
      return Optional.of(error("Error 400: invalid_scope", "Some requested scopes were invalid."));
    }
    String method = params.get("code_challenge_method");
    if (method != null && !method.equals("S256") && !method.equals("plain")) {
      return Optional.of(
          error("Error 400: invalid_request", "Invalid code_challenge_method: " + method));
    }
    return Optional.empty();
  }

  private static Response error(String title, String message) {
    return Authorize.html(400, Html.error(NETWORK, title, message));
  }

  private static List<String> scopes(Map<String, String> params) {
    return Arrays.stream(params.getOrDefault("scope", "").split("\\s+"))
        .filter(s -> !s.isBlank())
        .distinct()
        .toList();
  }

  private String action() {
    return uri.getBaseUri().getRawPath().replaceAll("/$", "")
        + "/google/accounts/o/oauth2/v2/auth";
  }

  private String consent(Map<String, String> params, Actor user) {
    StringBuilder list = new StringBuilder("<ul id=\"scopes\">");
    for (String s : scopes(params)) {
      list.append("<li>").append(Html.escape(s)).append("</li>");
    }
    list.append("</ul>");
    return Html.page(
        NETWORK,
        "Sign in with Google",
        "<h1 id=\"consent\">crm-social wants access to your Google Account</h1>"
            + "<p class=\"muted\" id=\"signed-in\">"
            + Html.escape(user.name())
            + " &lt;"
            + Html.escape(user.email())
            + "&gt;</p><p>This will allow crm-social to:</p>"
            + list
            + "<form id=\"consent-form\" method=\"post\" action=\""
            + Html.escape(action())
            + "\">"
            + Html.hidden(params)
            + Html.button("deny", "deny", "Deny", false)
            + Html.button("allow", "allow", "Allow", true)
            + Html.button("change-user", "change-user", "Use another account", false)
            + "</form>");
  }
}
