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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmsocial.sandbox.control.OAuthService;
import org.crmsocial.sandbox.control.SandboxConfig;
import org.crmsocial.sandbox.control.SignInService;
import org.crmsocial.sandbox.model.Actor;
import org.crmsocial.sandbox.model.Grant;
import org.crmsocial.sandbox.model.Network;

/**
 * Facebook's OAuth dialog: signs the user in (or says "You are already signed in as …" with
 * Continue and Change user, S-9), lets them untick permissions, then sends the browser back with a
 * code, or with {@code error=access_denied&error_reason=user_denied} on Cancel. An unknown app or a
 * {@code redirect_uri} the app may not use gets an error page, never a redirect.
 */
@Path("/facebook/www/v25.0/dialog/oauth")
public class FacebookDialogResource {

  private static final Network NETWORK = Network.FACEBOOK;
  private static final List<String> PARAMS =
      List.of("client_id", "redirect_uri", "state", "response_type", "scope");

  @Inject SignInService signIn;
  @Inject OAuthService oauth;
  @Inject SandboxConfig config;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @GET
  public Response dialog() {
    Map<String, String> params = Authorize.params(uri.getQueryParameters(), PARAMS);
    Optional<Response> invalid = validate(params);
    if (invalid.isPresent()) {
      return invalid.get();
    }
    Optional<Actor> user = signIn.user(NETWORK, Authorize.sessionValue(headers.getCookies()));
    return user.map(u -> Authorize.html(200, signedIn(params, u)))
        .orElseGet(() -> Authorize.html(200, signInPage(params, null, "")));
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
    Optional<Actor> user = signIn.user(NETWORK, session);
    if ("login".equals(step)) {
      Optional<Actor> found = signIn.check(NETWORK, form.getFirst("email"), form.getFirst("pass"));
      if (found.isEmpty()) {
        return Authorize.html(
            200,
            signInPage(
                params,
                "The email or password you entered isn't connected to an account.",
                form.getFirst("email")));
      }
      String value = signIn.open(NETWORK, found.get().id());
      return Response.fromResponse(Authorize.html(200, review(params, found.get())))
          .cookie(Authorize.session(NETWORK, value))
          .build();
    }
    if ("change-user".equals(step)) {
      signIn.close(session);
      return Response.fromResponse(Authorize.html(200, signInPage(params, null, "")))
          .cookie(Authorize.clear(NETWORK))
          .build();
    }
    if ("cancel".equals(step)) {
      Map<String, String> q = new LinkedHashMap<>();
      q.put("error", "access_denied");
      q.put("error_code", "200");
      q.put("error_description", "Permissions error");
      q.put("error_reason", "user_denied");
      q.put("state", params.get("state"));
      return Authorize.redirect(Authorize.back(params.get("redirect_uri"), q));
    }
    if (user.isEmpty()) {
      return Authorize.html(200, signInPage(params, null, ""));
    }
    if ("continue".equals(step)) {
      return Authorize.html(200, review(params, user.get()));
    }
    if ("confirm".equals(step)) {
      List<String> requested = scopes(params);
      List<String> ticked = form.get("perm") == null ? List.of() : form.get("perm");
      List<String> granted = new ArrayList<>();
      List<String> declined = new ArrayList<>();
      for (String s : requested) {
        (ticked.contains(s) || "public_profile".equals(s) ? granted : declined).add(s);
      }
      if (!granted.contains("public_profile")) {
        granted.add(0, "public_profile");
      }
      Grant grant = oauth.createGrant(NETWORK, user.get().id(), granted, declined);
      String code = oauth.issueCode(grant, params.get("redirect_uri"), null, null, false);
      Map<String, String> q = new LinkedHashMap<>();
      q.put("code", code);
      q.put("state", params.get("state"));
      return Authorize.redirect(Authorize.back(params.get("redirect_uri"), q));
    }
    return Authorize.html(200, signedIn(params, user.get()));
  }

  private Optional<Response> validate(Map<String, String> params) {
    if (!NETWORK.clientId().equals(params.get("client_id"))) {
      return Optional.of(
          Authorize.html(
              400,
              Html.error(
                  NETWORK,
                  "Invalid App ID",
                  "The provided app ID does not look like a valid app ID.")));
    }
    if (!Authorize.redirectAllowed(
        NETWORK, params.get("redirect_uri"), uri.getBaseUri(), config.publicUrl())) {
      return Optional.of(
          Authorize.html(
              400,
              Html.error(
                  NETWORK,
                  "URL blocked",
                  "This redirect failed because the redirect URI is not white-listed in the app's"
                      + " client OAuth settings. Make sure that the client and web OAuth logins are"
                      + " on and add all your app domains as valid OAuth redirect URIs.")));
    }
    String type = params.get("response_type");
    if (type != null && !"code".equals(type)) {
      return Optional.of(
          Authorize.html(400, Html.error(NETWORK, "Error", "Unsupported response_type: " + type)));
    }
    List<String> unknown =
        scopes(params).stream().filter(s -> !NETWORK.scopes().contains(s)).toList();
    if (!unknown.isEmpty()) {
      return Optional.of(
          Authorize.html(
              400,
              Html.error(
                  NETWORK,
                  "Invalid Scopes",
                  "Invalid Scopes: "
                      + String.join(", ", unknown)
                      + ". This message is only shown to developers.")));
    }
    return Optional.empty();
  }

  private static List<String> scopes(Map<String, String> params) {
    String scope = params.getOrDefault("scope", "");
    return Arrays.stream(scope.split("[,\\s]+")).filter(s -> !s.isBlank()).distinct().toList();
  }

  private String action() {
    return uri.getBaseUri().getRawPath().replaceAll("/$", "") + "/facebook/www/v25.0/dialog/oauth";
  }

  private String signInPage(Map<String, String> params, String error, String login) {
    return Html.signIn(NETWORK, action(), params, error, login);
  }

  private String signedIn(Map<String, String> params, Actor user) {
    return Html.page(
        NETWORK,
        "Log in with Facebook",
        "<h1 id=\"signed-in\">You are already signed in as "
            + Html.escape(user.name())
            + "</h1><p class=\"muted\">crm-social is requesting access to your account.</p>"
            + "<form id=\"signed-in-form\" method=\"post\" action=\""
            + Html.escape(action())
            + "\">"
            + Html.hidden(params)
            + Html.button("continue", "continue", "Continue as " + user.name(), true)
            + Html.button("change-user", "change-user", "Change user", false)
            + "</form>");
  }

  private String review(Map<String, String> params, Actor user) {
    StringBuilder perms = new StringBuilder();
    for (String s : scopes(params)) {
      boolean required = "public_profile".equals(s);
      perms
          .append("<label class=\"perm\"><input type=\"checkbox\" name=\"perm\" id=\"perm-")
          .append(Html.escape(s))
          .append("\" value=\"")
          .append(Html.escape(s))
          .append("\" checked")
          .append(required ? " disabled" : "")
          .append("> ")
          .append(Html.escape(s))
          .append("</label>");
    }
    return Html.page(
        NETWORK,
        "Review permissions",
        "<h1 id=\"review\">crm-social will receive:</h1><p class=\"muted\">Signed in as "
            + Html.escape(user.name())
            + ". Untick what you do not want to share.</p>"
            + "<form id=\"review-form\" method=\"post\" action=\""
            + Html.escape(action())
            + "\">"
            + Html.hidden(params)
            + perms
            + Html.button("confirm", "confirm", "Continue", true)
            + Html.button("cancel", "cancel", "Cancel", false)
            + "</form>");
  }
}
