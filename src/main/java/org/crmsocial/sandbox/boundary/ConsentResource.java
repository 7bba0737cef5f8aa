package org.crmsocial.sandbox.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.crmsocial.sandbox.model.Actor;
import org.crmsocial.sandbox.model.Grant;
import org.crmsocial.sandbox.model.Network;

/**
 * The OAuth 2.0 consent of Twitter and Google, which differ only in their words: the request is
 * checked, the user signs in (or is already signed in, or changes user), then allows, and the
 * browser goes back to the app with {@code state} and a code, or {@code error=access_denied}. Each
 * network says its parameters, its checks, its consent page and the names of its steps.
 */
public abstract class ConsentResource {

  @Inject SignInService signIn;
  @Inject OAuthService oauth;
  @Inject SandboxConfig config;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  abstract Network network();

  /** The request parameters the page carries from step to step. */
  abstract List<String> paramNames();

  /** The error page for a request the network refuses, if it refuses it. */
  abstract Optional<Response> validate(Map<String, String> params);

  /** The consent page for a signed-in user. */
  abstract String consent(Map<String, String> params, Actor user);

  /** The page's path below the sandbox root. */
  abstract String path();

  /** What the sign-in page says after a wrong password. */
  abstract String wrongPassword();

  /** The step that allows access ({@code authorize}, {@code allow}). */
  abstract String allowStep();

  /** The step that refuses access ({@code cancel}, {@code deny}). */
  abstract String denyStep();

  /** Whether the request asks for a refresh token. */
  abstract boolean offline(Map<String, String> params);

  /**
   * Adds what the network sends back besides {@code state} and {@code code}; {@code granted} are
   * the scopes the person left ticked.
   */
  void allowed(Map<String, String> callbackQuery, List<String> granted) {}

  @GET
  public Response show() {
    Map<String, String> params = Authorize.params(uri.getQueryParameters(), paramNames());
    Optional<Response> invalid = validate(params);
    if (invalid.isPresent()) {
      return invalid.get();
    }
    return signIn
        .user(network(), Authorize.sessionValue(headers.getCookies()))
        .map(u -> Authorize.html(200, consent(params, u)))
        .orElseGet(() -> signInPage(params, null, ""));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response step(MultivaluedMap<String, String> form) {
    Map<String, String> params = Authorize.params(form, paramNames());
    Optional<Response> invalid = validate(params);
    if (invalid.isPresent()) {
      return invalid.get();
    }
    String step = form.getFirst("step");
    String session = Authorize.sessionValue(headers.getCookies());
    if ("login".equals(step)) {
      Optional<Actor> found =
          signIn.check(network(), form.getFirst("email"), form.getFirst("pass"));
      if (found.isEmpty()) {
        return signInPage(params, wrongPassword(), form.getFirst("email"));
      }
      return Response.fromResponse(Authorize.html(200, consent(params, found.get())))
          .cookie(Authorize.session(network(), signIn.open(network(), found.get().id())))
          .build();
    }
    if ("change-user".equals(step)) {
      signIn.close(session);
      return Response.fromResponse(signInPage(params, null, ""))
          .cookie(Authorize.clear(network()))
          .build();
    }
    if (denyStep().equals(step)) {
      Map<String, String> q = new LinkedHashMap<>();
      q.put("error", "access_denied");
      q.put("state", params.get("state"));
      return Authorize.redirect(Authorize.back(params.get("redirect_uri"), q));
    }
    Optional<Actor> user = signIn.user(network(), session);
    if (user.isEmpty()) {
      return signInPage(params, null, "");
    }
    if (allowStep().equals(step)) {
      List<String> granted = granted(params, form);
      List<String> declined = scopes(params).stream().filter(s -> !granted.contains(s)).toList();
      Grant grant = oauth.createGrant(network(), user.get().id(), granted, declined);
      String code =
          oauth.issueCode(
              grant,
              params.get("redirect_uri"),
              params.get("code_challenge"),
              params.getOrDefault("code_challenge_method", "plain"),
              offline(params));
      Map<String, String> q = new LinkedHashMap<>();
      q.put("state", params.get("state"));
      q.put("code", code);
      allowed(q, granted);
      return Authorize.redirect(Authorize.back(params.get("redirect_uri"), q));
    }
    return Authorize.html(200, consent(params, user.get()));
  }

  private Response signInPage(Map<String, String> params, String error, String email) {
    return Authorize.html(200, Html.signIn(network(), action(), params, error, email));
  }

  /** The scopes asked for, space separated, each once. */
  static List<String> scopes(Map<String, String> params) {
    return Arrays.stream(params.getOrDefault("scope", "").split("\\s+"))
        .filter(s -> !s.isBlank())
        .distinct()
        .toList();
  }

  /** Where the page's forms post to. */
  String action() {
    return uri.getBaseUri().getRawPath().replaceAll("/$", "") + path();
  }

  /**
   * The scopes as the consent page lists them, each a ticked box the person may untick (Google's
   * granular consent; the sandbox offers the same on Twitter's page so that a test can link an
   * account without, say, {@code dm.write}). Goes inside the consent form.
   */
  static String scopeList(Map<String, String> params) {
    StringBuilder list =
        new StringBuilder("<input type=\"hidden\" name=\"" + REVIEWED + "\" value=\"1\">");
    list.append("<ul id=\"scopes\">");
    for (String s : scopes(params)) {
      list.append("<li><label class=\"perm\"><input type=\"checkbox\" name=\"")
          .append(GRANTED)
          .append("\" value=\"")
          .append(Html.escape(s))
          .append("\" checked> ")
          .append(Html.escape(s))
          .append("</label></li>");
    }
    return list.append("</ul>").toString();
  }

  /** The form field of each ticked scope. */
  static final String GRANTED = "granted_scope";

  /** Marks a form that carried the scope boxes (so that nothing ticked means nothing granted). */
  static final String REVIEWED = "scopes_reviewed";

  /**
   * The scopes the person allowed: the requested ones left ticked, or all requested when the form
   * had no boxes.
   */
  static List<String> granted(Map<String, String> params, MultivaluedMap<String, String> form) {
    List<String> requested = scopes(params);
    if (form.getFirst(REVIEWED) == null) {
      return requested;
    }
    List<String> ticked = form.get(GRANTED) == null ? List.of() : form.get(GRANTED);
    return requested.stream().filter(ticked::contains).toList();
  }
}
