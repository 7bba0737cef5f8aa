package org.crmsocial.sandbox.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.crmsocial.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sandbox networks' OAuth flows over real HTTP, forms posted as a browser would: sign-in,
 * consent, code, token; and each refusal as the real network documents it.
 */
@ExtendWith(ArquillianExtension.class)
class SandboxOAuthIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.productWar();
  }

  @ArquillianResource URL base;

  SandboxHttp http;

  @BeforeEach
  void client() {
    http = new SandboxHttp(base);
  }

  @Test
  void facebookFlowGrantsWhatWasTickedAndRefusesAReplayedCode() {
    // S-9: sign in, untick pages_messaging, confirm
    String code =
        http.facebookCode(
            "brand@acme.example",
            "pages_show_list",
            "pages_read_engagement",
            "pages_manage_posts",
            "pages_manage_engagement",
            "pages_read_user_content");
    Map<String, String> exchange =
        Map.of(
            "client_id",
            "crm-social-sandbox-facebook",
            "client_secret",
            "sandbox-secret",
            "redirect_uri",
            http.callback("facebook"),
            "code",
            code);
    HttpResponse<String> first =
        http.get("facebook/graph/v25.0/oauth/access_token" + SandboxHttp.query(exchange), null);
    assertThat(first.statusCode()).isEqualTo(200);
    JsonObject token = SandboxHttp.parse(first);
    assertThat(token.getString("access_token")).startsWith("EAAB");
    assertThat(token.getString("token_type")).isEqualTo("bearer");

    HttpResponse<String> replay =
        http.get("facebook/graph/v25.0/oauth/access_token" + SandboxHttp.query(exchange), null);
    assertThat(replay.statusCode()).isEqualTo(400);
    assertThat(SandboxHttp.parse(replay).getJsonObject("error").getInt("code")).isEqualTo(100);

    String user = token.getString("access_token");
    JsonObject me = SandboxHttp.parse(http.get("facebook/graph/v25.0/me?fields=id,name", user));
    assertThat(me.getString("id")).isEqualTo("10158");
    assertThat(me.getString("name")).isEqualTo("Hanako Sato");
    JsonObject perms = SandboxHttp.parse(http.get("facebook/graph/v25.0/me/permissions", user));
    assertThat(perms.toString())
        .contains("{\"permission\":\"pages_messaging\",\"status\":\"declined\"}")
        .contains("{\"permission\":\"pages_manage_posts\",\"status\":\"granted\"}");

    // the declined permission is refused by the API
    String page = http.facebookPageToken(user);
    HttpResponse<String> conversations =
        http.get("facebook/graph/v25.0/1049/conversations?platform=messenger", page);
    assertThat(conversations.statusCode()).isEqualTo(403);
    assertThat(SandboxHttp.parse(conversations).getJsonObject("error").getInt("code"))
        .isEqualTo(200);

    // revoking ends every token of the consent
    assertThat(http.json("DELETE", "facebook/graph/v25.0/me/permissions", null, user).body())
        .isEqualTo("{\"success\":true}");
    HttpResponse<String> after = http.get("facebook/graph/v25.0/me", user);
    assertThat(after.statusCode()).isEqualTo(400);
    assertThat(SandboxHttp.parse(after).getJsonObject("error").getInt("code")).isEqualTo(190);
  }

  @Test
  void facebookSaysAlreadySignedInWithContinueAndChangeUser() {
    // S-9: the sandbox's own session cookie remembers the user
    http.facebookCode("brand@acme.example", "pages_show_list");
    Map<String, String> p = http.facebookParams();
    HttpResponse<String> again =
        http.get("facebook/www/v25.0/dialog/oauth" + SandboxHttp.query(p), null);
    assertThat(again.body())
        .contains("You are already signed in as Hanako Sato")
        .contains("id=\"continue\"")
        .contains("id=\"change-user\"");
    Map<String, String> f = new LinkedHashMap<>(p);
    f.put("step", "change-user");
    HttpResponse<String> signIn = http.form("facebook/www/v25.0/dialog/oauth", f, null);
    assertThat(signIn.body())
        .contains("id=\"email\"")
        .contains("id=\"pass\"")
        .contains("id=\"login\"");
    assertThat(http.get("facebook/www/v25.0/dialog/oauth" + SandboxHttp.query(p), null).body())
        .doesNotContain("already signed in");
  }

  @Test
  void facebookCancelRedirectsWithTheDocumentedError() {
    Map<String, String> p = http.facebookParams();
    Map<String, String> f = new LinkedHashMap<>(p);
    f.put("step", "login");
    f.put("email", "nopage@acme.example");
    f.put("pass", "sandbox");
    http.form("facebook/www/v25.0/dialog/oauth", f, null);
    f = new LinkedHashMap<>(p);
    f.put("step", "cancel");
    Map<String, String> q =
        SandboxHttp.location(http.form("facebook/www/v25.0/dialog/oauth", f, null));
    assertThat(q.get("_path")).isEqualTo("/social/callback/facebook");
    assertThat(q)
        .containsEntry("error", "access_denied")
        .containsEntry("error_reason", "user_denied")
        .containsEntry("error_description", "Permissions error")
        .containsEntry("state", p.get("state"));
  }

  @Test
  void facebookAccountWithoutPageHasNoAccounts() {
    // S-10
    String token = http.facebookLongToken("nopage@acme.example", "pages_show_list");
    JsonObject accounts = SandboxHttp.parse(http.get("facebook/graph/v25.0/me/accounts", token));
    assertThat(accounts.getJsonArray("data")).isEmpty();
  }

  @Test
  void unknownClientOrForeignRedirectIsAnErrorPageNotARedirect() {
    Map<String, String> p = http.facebookParams();
    p.put("client_id", "someone-else");
    HttpResponse<String> r =
        http.get("facebook/www/v25.0/dialog/oauth" + SandboxHttp.query(p), null);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("Location")).isEmpty();
    assertThat(r.body()).contains("Invalid App ID");

    p = http.facebookParams();
    p.put("redirect_uri", "http://evil.example/social/callback/facebook");
    r = http.get("facebook/www/v25.0/dialog/oauth" + SandboxHttp.query(p), null);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("URL blocked");

    Map<String, String> t = http.twitterParams(SandboxHttp.challenge(SandboxHttp.verifier()));
    t.put("redirect_uri", http.app + "/social/callback/facebook");
    r = http.get("twitter/www/i/oauth2/authorize" + SandboxHttp.query(t), null);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("Location")).isEmpty();

    Map<String, String> g = http.googleParams(SandboxHttp.challenge(SandboxHttp.verifier()));
    g.put("client_id", "nobody");
    r = http.get("google/accounts/o/oauth2/v2/auth" + SandboxHttp.query(g), null);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("invalid_client");
  }

  @Test
  void twitterFlowChecksPkceAndRotatesTheRefreshToken() {
    // S-13
    String verifier = SandboxHttp.verifier();
    String code = http.twitterCode("acme_jp", verifier);

    HttpResponse<String> wrong = http.twitterExchange(code, SandboxHttp.verifier());
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(SandboxHttp.parse(wrong).getString("error")).isEqualTo("invalid_request");

    HttpResponse<String> ok = http.twitterExchange(code, verifier);
    assertThat(ok.statusCode()).isEqualTo(200);
    JsonObject tokens = SandboxHttp.parse(ok);
    assertThat(tokens.getInt("expires_in")).isEqualTo(7200);
    assertThat(tokens.getString("scope")).contains("offline.access");

    HttpResponse<String> replay = http.twitterExchange(code, verifier);
    assertThat(replay.statusCode()).isEqualTo(400);
    assertThat(SandboxHttp.parse(replay).getString("error_description"))
        .isEqualTo("Value passed for the authorization code was invalid.");

    JsonObject me =
        SandboxHttp.parse(http.get("twitter/api/2/users/me", tokens.getString("access_token")));
    assertThat(me.getJsonObject("data").getString("username")).isEqualTo("acme_jp");

    Map<String, String> refresh =
        Map.of(
            "grant_type", "refresh_token",
            "refresh_token", tokens.getString("refresh_token"),
            "client_id", "crm-social-sandbox-twitter");
    HttpResponse<String> rotated =
        http.form(
            "twitter/api/2/oauth2/token", refresh, "crm-social-sandbox-twitter:sandbox-secret");
    assertThat(rotated.statusCode()).isEqualTo(200);
    assertThat(SandboxHttp.parse(rotated).getString("refresh_token"))
        .isNotEqualTo(tokens.getString("refresh_token"));
    HttpResponse<String> old =
        http.form(
            "twitter/api/2/oauth2/token", refresh, "crm-social-sandbox-twitter:sandbox-secret");
    assertThat(old.statusCode()).isEqualTo(400);
  }

  @Test
  void twitterCancelRedirectsWithAccessDenied() {
    Map<String, String> p = http.twitterParams(SandboxHttp.challenge(SandboxHttp.verifier()));
    Map<String, String> f = new LinkedHashMap<>(p);
    f.put("step", "cancel");
    Map<String, String> q =
        SandboxHttp.location(http.form("twitter/www/i/oauth2/authorize", f, null));
    assertThat(q).containsEntry("error", "access_denied").containsEntry("state", p.get("state"));
  }

  @Test
  void googleFlowChecksPkceAndRefreshes() {
    // S-15
    String verifier = SandboxHttp.verifier();
    String code = http.googleCode("brand@acme.example", verifier);

    HttpResponse<String> wrong = http.googleExchange(code, SandboxHttp.verifier());
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(SandboxHttp.parse(wrong).getString("error")).isEqualTo("invalid_grant");

    HttpResponse<String> ok = http.googleExchange(code, verifier);
    assertThat(ok.statusCode()).isEqualTo(200);
    JsonObject tokens = SandboxHttp.parse(ok);
    assertThat(tokens.getString("access_token")).startsWith("ya29.");
    assertThat(tokens.getInt("expires_in")).isEqualTo(3599);
    assertThat(tokens.getString("token_type")).isEqualTo("Bearer");

    assertThat(SandboxHttp.parse(http.googleExchange(code, verifier)).getString("error"))
        .isEqualTo("invalid_grant");

    HttpResponse<String> refreshed =
        http.form(
            "google/oauth2/token",
            Map.of(
                "grant_type", "refresh_token",
                "refresh_token", tokens.getString("refresh_token"),
                "client_id", "crm-social-sandbox-google",
                "client_secret", "sandbox-secret"),
            null);
    assertThat(refreshed.statusCode()).isEqualTo(200);
    String access = SandboxHttp.parse(refreshed).getString("access_token");
    JsonObject me = SandboxHttp.parse(http.get("google/apis/plus/v1/people/me", access));
    assertThat(me.getString("kind")).isEqualTo("plus#person");
    assertThat(me.getString("id")).isEqualTo("1177");

    HttpResponse<String> revoked = http.form("google/oauth2/revoke", Map.of("token", access), null);
    assertThat(revoked.statusCode()).isEqualTo(200);
    assertThat(http.get("google/apis/plus/v1/people/me", access).statusCode()).isEqualTo(401);
  }

  /**
   * Signs in on a consent page and allows it with only {@code ticked} left ticked; the callback's
   * query.
   */
  private Map<String, String> allowOnly(
      String path, Map<String, String> p, String allow, String ticked) {
    Map<String, String> f = new LinkedHashMap<>(p);
    f.put("step", "login");
    f.put("email", "brand@acme.example");
    f.put("pass", "sandbox");
    assertThat(http.form(path, f, null).body())
        .as("each permission asked is a ticked box")
        .contains("name=\"granted_scope\" value=\"" + ticked + "\" checked");
    f = new LinkedHashMap<>(p);
    f.put("step", allow);
    f.put("scopes_reviewed", "1");
    f.put("granted_scope", ticked);
    return SandboxHttp.location(http.form(path, f, null));
  }

  @Test
  void googleAndTwitterGrantOnlyThePermissionsLeftTicked() { // S-13, S-15: like real consent
    String plusMe = "https://www.googleapis.com/auth/plus.me";
    String verifier = SandboxHttp.verifier();
    Map<String, String> google =
        allowOnly(
            "google/accounts/o/oauth2/v2/auth",
            http.googleParams(SandboxHttp.challenge(verifier)),
            "allow",
            plusMe);
    assertThat(google.get("scope")).isEqualTo(plusMe);
    JsonObject googleTokens = SandboxHttp.parse(http.googleExchange(google.get("code"), verifier));
    assertThat(googleTokens.getString("scope")).isEqualTo(plusMe);

    String twitterVerifier = SandboxHttp.verifier();
    Map<String, String> twitter =
        allowOnly(
            "twitter/www/i/oauth2/authorize",
            http.twitterParams(SandboxHttp.challenge(twitterVerifier)),
            "authorize",
            "tweet.read");
    JsonObject twitterTokens =
        SandboxHttp.parse(http.twitterExchange(twitter.get("code"), twitterVerifier));
    assertThat(twitterTokens.getString("scope")).isEqualTo("tweet.read");
    assertThat(
            http.get("twitter/api/2/users/me", twitterTokens.getString("access_token"))
                .statusCode())
        .as("users.read was not granted")
        .isEqualTo(403);
  }

  @Test
  void googleDenyRedirectsWithAccessDeniedAndNoPageAccountHasNoPages() {
    // S-16
    Map<String, String> p = http.googleParams(SandboxHttp.challenge(SandboxHttp.verifier()));
    Map<String, String> f = new LinkedHashMap<>(p);
    f.put("step", "deny");
    Map<String, String> q =
        SandboxHttp.location(http.form("google/accounts/o/oauth2/v2/auth", f, null));
    assertThat(q).containsEntry("error", "access_denied").containsEntry("state", p.get("state"));

    JsonObject tokens = http.googleTokens("nopage@acme.example");
    JsonObject pages =
        SandboxHttp.parse(
            http.get(
                "google/apis/plusPages/v2/people/me/people/pages",
                tokens.getString("access_token")));
    assertThat(pages.getInt("totalItems")).isZero();
    assertThat(pages.getJsonArray("items")).isEmpty();
  }
}
