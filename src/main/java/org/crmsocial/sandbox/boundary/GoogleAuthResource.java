package org.crmsocial.sandbox.boundary;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmsocial.sandbox.model.Actor;
import org.crmsocial.sandbox.model.Network;

/**
 * Google's OAuth 2.0 consent (PKCE when a challenge is sent): sign in, then the permission request
 * with <b>Allow</b> or Deny (S-15); back to the app with {@code state}, {@code code} and {@code
 * scope}, or {@code error=access_denied}. An unknown client ({@code invalid_client}), a foreign
 * {@code redirect_uri} ({@code redirect_uri_mismatch}) or an unknown scope gets an error page.
 */
@Path("/google/accounts/o/oauth2/v2/auth")
public class GoogleAuthResource extends ConsentResource {

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
    return "/google/accounts/o/oauth2/v2/auth";
  }

  @Override
  String wrongPassword() {
    return "Wrong password. Try again or click Forgot password to reset it.";
  }

  @Override
  String allowStep() {
    return "allow";
  }

  @Override
  String denyStep() {
    return "deny";
  }

  @Override
  boolean offline(Map<String, String> params) {
    return "offline".equals(params.get("access_type"));
  }

  /** Google also sends back the scopes granted. */
  @Override
  void allowed(Map<String, String> callbackQuery, List<String> granted) {
    callbackQuery.put("scope", String.join(" ", granted));
  }

  @Override
  Optional<Response> validate(Map<String, String> params) {
    if (!NETWORK.clientId().equals(params.get("client_id"))) {
      return Optional.of(error("Error 401: invalid_client", "The OAuth client was not found."));
    }
    if (!Authorize.redirectAllowed(
        NETWORK, params.get("redirect_uri"), uri.getBaseUri(), config.publicUrl())) {
      return Optional.of(
          error(
              "Error 400: redirect_uri_mismatch",
              "You can't sign in to this app because it doesn't comply with Google's OAuth 2.0"
                  + " policy. redirect_uri="
                  + params.get("redirect_uri")));
    }
    if (!"code".equals(params.get("response_type"))) {
      return Optional.of(
          error("Error 400: invalid_request", "Required parameter is missing: response_type"));
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

  @Override
  String consent(Map<String, String> params, Actor user) {
    String list = scopeList(params);
    return Html.page(
        NETWORK,
        "Sign in with Google",
        "<h1 id=\"consent\">crm-social wants access to your Google Account</h1>"
            + "<p class=\"muted\" id=\"signed-in\">"
            + Html.escape(user.name())
            + " &lt;"
            + Html.escape(user.email())
            + "&gt;</p><p>This will allow crm-social to:</p>"
            + "<form id=\"consent-form\" method=\"post\" action=\""
            + Html.escape(action())
            + "\">"
            + list
            + Html.hidden(params)
            + Html.button("deny", "deny", "Deny", false)
            + Html.button("allow", "allow", "Allow", true)
            + Html.button("change-user", "change-user", "Use another account", false)
            + "</form>");
  }
}
