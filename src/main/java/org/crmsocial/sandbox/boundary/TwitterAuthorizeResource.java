package org.crmsocial.sandbox.boundary;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmsocial.sandbox.model.Actor;
import org.crmsocial.sandbox.model.Network;

/**
 * Twitter's OAuth 2.0 authorize page (PKCE required): sign in, then <b>Authorize app</b> or Cancel
 * (S-13); back to the app with {@code state} and {@code code}, or {@code error=access_denied}. An
 * unknown app, a foreign {@code redirect_uri} or a missing challenge gets an error page.
 */
@Path("/twitter/www/i/oauth2/authorize")
public class TwitterAuthorizeResource extends ConsentResource {

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

  @Override
  Network network() {
    return NETWORK;
  }

  @Override
  List<String> paramNames() {
    return PARAMS;
  }

  @Override
  String path() {
    return "/twitter/www/i/oauth2/authorize";
  }

  @Override
  String wrongPassword() {
    return "Wrong password or username.";
  }

  @Override
  String allowStep() {
    return "authorize";
  }

  @Override
  String denyStep() {
    return "cancel";
  }

  @Override
  boolean offline(Map<String, String> params) {
    return scopes(params).contains("offline.access");
  }

  @Override
  Optional<Response> validate(Map<String, String> params) {
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

  @Override
  String consent(Map<String, String> params, Actor user) {
    String list = scopeList(params);
    return Html.page(
        NETWORK,
        "Authorize app",
        "<h1 id=\"consent\">crm-social wants to access your X account.</h1>"
            + "<p class=\"muted\" id=\"signed-in\">Signed in as @"
            + Html.escape(user.handle())
            + " ("
            + Html.escape(user.name())
            + ")</p>"
            + "<form id=\"authorize-form\" method=\"post\" action=\""
            + Html.escape(action())
            + "\">"
            + list
            + Html.hidden(params)
            + Html.button("authorize", "authorize", "Authorize app", true)
            + Html.button("cancel", "cancel", "Cancel", false)
            + Html.button("change-user", "change-user", "Use another account", false)
            + "</form>");
  }
}
