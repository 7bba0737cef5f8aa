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
 * Twitter's OAuth 2.0 authorize page (PKCE required): sign in, then <b>Authorize app</b> or Cancel
 * (S-13); back to the app with {@code state} and {@code code}, or {@code error=access_denied}. An
 * unknown app, a foreign {@code redirect_uri} or a missing challenge gets an error page.
 */
@Path("/twitter/www/i/oauth2/authorize")
public class TwitterAuthorizeResource {

  private static final Network NETWORK = Network.TWITTER;
  private static final List<String> PARAMS =
      List.of(
          "response_type",
          "client_id",
          "redirect_uri",
          "scope",
          "state",
          "code_challenge",
          "code_challenge_method");

  @Inject SignInService signIn;
  @Inject OAuthService oauth;
  @Inject SandboxConfig config;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @GET
  public Response authorize() {
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
                NETWORK, action(), params, "Wrong password or username.", form.getFirst("email")));
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
    if ("cancel".equals(step)) {
      Map<String, String> q = new LinkedHashMap<>();
      q.put("error", "access_denied");
      q.put("state", params.get("state"));
      return Authorize.redirect(Authorize.back(params.get("redirect_uri"), q));
    }
    Optional<Actor> user = signIn.user(NETWORK, session);
    if (user.isEmpty()) {
      return Authorize.html(200, Html.signIn(NETWORK, action(), params, null, ""));
    }
    if ("authorize".equals(step)) {
      Grant grant = oauth.createGrant(NETWORK, user.get().id(), scopes(params), List.of());
      String code =
          oauth.issueCode(
              grant,
              params.get("redirect_uri"),
              params.get("code_challenge"),
              params.getOrDefault("code_challenge_method", "plain"),
              scopes(params).contains("offline.access"));
      Map<String, String> q = new LinkedHashMap<>();
      q.put("state", params.get("state"));
      q.put("code", code);
      return Authorize.redirect(Authorize.back(params.get("redirect_uri"), q));
    }
    return Authorize.html(200, consent(params, user.get()));
  }

  private Optional<Response> validate(Map<String, String> params) {
    String method = params.getOrDefault("code_challenge_method", "plain");
    boolean ok =
        NETWORK.clientId().equals(params.get("client_id"))
            && Authorize.redirectAllowed(
                NETWORK, params.get("redirect_uri"), uri.getBaseUri(), config.publicUrl())
            && "code".equals(params.get("response_type"))
            && params.get("state") != null
            && params.get("code_challenge") != null
            && (method.equals("S256") || method.equals("plain"))
            && !scopes(params).isEmpty()
            && NETWORK.scopes().containsAll(scopes(params));
    if (ok) {
      return Optional.empty();
    }
    return Optional.of(
        Authorize.html(
            400,
            Html.error(
                NETWORK,
                "Something went wrong",
                "You weren't able to give access to the App. Go back and try logging in again.")));
  }

  private static List<String> scopes(Map<String, String> params) {
    return Arrays.stream(params.getOrDefault("scope", "").split("\\s+"))
        .filter(s -> !s.isBlank())
        .distinct()
        .toList();
  }

  private String action() {
    return uri.getBaseUri().getRawPath().replaceAll("/$", "") + "/twitter/www/i/oauth2/authorize";
  }

  private String consent(Map<String, String> params, Actor user) {
    StringBuilder list = new StringBuilder("<ul id=\"scopes\">");
    for (String s : scopes(params)) {
      list.append("<li>").append(Html.escape(s)).append("</li>");
    }
    list.append("</ul>");
    return Html.page(
        NETWORK,
        "Authorize app",
        "<h1 id=\"consent\">crm-social wants to access your X account.</h1>"
            + "<p class=\"muted\" id=\"signed-in\">Signed in as @"
            + Html.escape(user.handle())
            + " ("
            + Html.escape(user.name())
            + ")</p>"
            + list
            + "<form id=\"authorize-form\" method=\"post\" action=\""
            + Html.escape(action())
            + "\">"
            + Html.hidden(params)
            + Html.button("authorize", "authorize", "Authorize app", true)
            + Html.button("cancel", "cancel", "Cancel", false)
            + Html.button("change-user", "change-user", "Use another account", false)
            + "</form>");
  }
}
