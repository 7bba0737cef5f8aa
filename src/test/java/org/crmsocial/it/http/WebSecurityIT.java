package org.crmsocial.it.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crmsocial.testsupport.Deployments;
import org.crmsocial.testsupport.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the server does for every request, seen from the wire: sign-in, headers, forged posts. */
@ExtendWith(ArquillianExtension.class)
class WebSecurityIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.productWar();
  }

  @ArquillianResource URL base;

  @Test
  void aProtectedPageAsksForSignInFirst() {
    HttpResponse<String> page =
        new WebSession(base.toString()).get("/app/setup/profiles/index.xhtml");
    assertThat(page.uri().getPath()).isEqualTo("/login.xhtml");
    assertThat(page.body()).contains("login-form:email").doesNotContain("profiles-form");
  }

  @Test
  void signingInContinuesToThePageFirstAskedFor() { // path variants: the sign-in mechanism is ours
    WebSession web = new WebSession(base.toString());
    assertThat(web.get("/app/leads/index.xhtml?x=1").uri().getPath()).isEqualTo("/login.xhtml");
    HttpResponse<String> signedIn = web.signIn("sales@crmsocial.example", "demo-password-1");
    assertThat(signedIn.uri().getPath()).isEqualTo("/app/leads/index.xhtml");
    assertThat(signedIn.uri().getQuery()).isEqualTo("x=1");
    assertThat(
            new WebSession(base.toString())
                .signIn("sales@crmsocial.example", "demo-password-1")
                .uri()
                .getPath())
        .as("nothing asked for first: the home page")
        .isEqualTo("/app/home.xhtml");
  }

  @Test
  void pagesCarryTheSecurityHeaders() {
    WebSession web = new WebSession(base.toString());
    web.signIn("admin@crmsocial.example", "demo-password-1");
    HttpResponse<String> home = web.get("/app/home.xhtml");
    assertThat(home.body()).contains("id=\"page-title\"");
    assertThat(home.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(home.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(home.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    assertThat(home.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            v ->
                assertThat(v) // the whole policy, not only scripts
                    .contains("default-src 'self'")
                    .contains("object-src 'none'")
                    .contains("base-uri 'self'")
                    .contains("form-action 'self'")
                    .contains("frame-ancestors 'none'")
                    .contains("img-src 'self' data: https://pbs.twimg.com")
                    .containsPattern("script-src 'self' 'nonce-[^']+'"));
    assertThat(home.headers().firstValue("Strict-Transport-Security"))
        .as("plain HTTP in the demo: no HSTS")
        .isEmpty();
  }

  @Test
  void anAnswerToARequestThatCameOverHttpsCarriesHsts() { // HTTPS in production
    WebSession web = new WebSession(base.toString());
    HttpResponse<String> viaProxy =
        web.get("/login.xhtml", "X-Forwarded-Proto", "https"); // from a trusted proxy (pom)
    assertThat(viaProxy.headers().firstValue("Strict-Transport-Security"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("max-age="));
  }

  @Test
  void aPostFromAnotherSiteChangesNothing() { // forged posts: Origin and Referer checked
    WebSession web = new WebSession(base.toString());
    web.signIn("admin@crmsocial.example", "demo-password-1");
    String path = socialManagerProfile(web);
    for (String[] header :
        new String[][] {
          {"Origin", "http://evil.example"},
          {"Origin", "null"},
          {"Referer", "http://evil.example/page.html"}
        }) {
      String page = web.get(path).body();
      HttpResponse<String> forged =
          web.post(
              path,
              "profile-form=profile-form&profile-form%3Aname=Hacked&profile-form%3Adescription="
                  + "&profile-form%3Asave=&jakarta.faces.ViewState="
                  + WebSession.enc(WebSession.viewState(page)),
              header[0],
              header[1]);
      assertThat(forged.statusCode()).as(header[0] + ": " + header[1]).isEqualTo(403);
    }
    assertThat(web.get(path).body()).doesNotContain("Hacked").contains("Social Manager");
  }

  @Test
  void aForgedProfilePostChangesNothing() { // S-23, S-24: a post without the page's own view state
    WebSession web = new WebSession(base.toString());
    web.signIn("admin@crmsocial.example", "demo-password-1");
    String path = socialManagerProfile(web);
    String before = web.get(path).body();
    assertThat(checked(before, "manage-social")).isTrue();

    // Everything a real save would send, except the view state the server gave this page.
    HttpResponse<String> forged =
        web.post(
            path,
            "profile-form=profile-form&profile-form%3Aname=Hacked&profile-form%3Adescription="
                + "&profile-form%3Asocial-tab_input=on&profile-form%3Asave="
                + "&jakarta.faces.ViewState="
                + WebSession.enc("-123456789:987654321"));
    assertThat(forged.body())
        .doesNotContain("Profile Hacked was saved")
        .contains("nothing was saved");

    String after = web.get(path).body();
    assertThat(after).doesNotContain("Hacked").contains("Social Manager");
    assertThat(checked(after, "manage-social")).as("Manage Social unchanged").isTrue();
    assertThat(checked(after, "social-detail-page")).as("the part unchanged").isTrue();
  }

  @Test
  void aFormPostWithoutThePagesScriptNonceGetsAPageWithAMessage() { // posts without nonce
    WebSession web = new WebSession(base.toString());
    String fields =
        "login-form=login-form&login-form%3Aemail=nobody%40example.com"
            + "&login-form%3Apassword=wrong-password&login-form%3Asign-in=";
    // no nonce (a browser without JavaScript), a well-formed wrong one, a malformed one
    for (String nonce :
        new String[] {
          "", "&primefaces.nonce=" + java.util.UUID.randomUUID(), "&primefaces.nonce=x"
        }) {
      String page = web.get("/login.xhtml").body();
      HttpResponse<String> answer =
          web.post(
              "/login.xhtml",
              fields
                  + "&jakarta.faces.ViewState="
                  + WebSession.enc(WebSession.viewState(page))
                  + nonce);
      assertThat(answer.statusCode()).as(nonce).isEqualTo(200);
      assertThat(answer.body())
          .as(nonce)
          .containsAnyOf("The email or password is not correct", "nothing was done");
    }
  }

  @Test
  void aStandardUserGets403OnSecurityControl() { // S-23, S-29
    WebSession web = new WebSession(base.toString());
    web.signIn("sales@crmsocial.example", "demo-password-1");
    assertThat(web.get("/app/home.xhtml").statusCode()).isEqualTo(200);
    assertThat(web.get("/app/setup/profiles/index.xhtml").statusCode()).isEqualTo(403);
    assertThat(web.get("/app/setup/profiles/edit.xhtml?id=1").statusCode()).isEqualTo(403);
    assertThat(web.get("/app/setup/users/index.xhtml").statusCode()).isEqualTo(403);
    assertThat(web.get("/app/setup/social/index.xhtml").statusCode()).as("S-5").isEqualTo(403);
  }

  @Test
  void unknownAndMalformedIdsAnswer404() {
    WebSession web = new WebSession(base.toString());
    web.signIn("admin@crmsocial.example", "demo-password-1");
    assertThat(web.get("/app/setup/profiles/edit.xhtml?id=987654321").statusCode()).isEqualTo(404);
    assertThat(web.get("/app/setup/profiles/edit.xhtml?id=%27%3B--").statusCode()).isEqualTo(404);
    assertThat(web.get("/app/leads/view.xhtml?id=-1").statusCode()).isEqualTo(404);
  }

  @Test
  void theServerIsReady() {
    HttpResponse<String> ready = new WebSession(base.toString()).get("/health/ready");
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body())
        .contains("\"status\":\"UP\"")
        .contains("migrated")
        .contains("token-key");
  }

  @Test
  void theSiteHasAnIcon() { // start-up and first impressions: no 404 for the icon on every page
    WebSession web = new WebSession(base.toString());
    HttpResponse<String> icon = web.get("/favicon.ico");
    assertThat(icon.statusCode()).isEqualTo(200);
    assertThat(icon.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).contains("icon"));
    assertThat(web.get("/login.xhtml").body()).contains("rel=\"icon\"").contains("/favicon.ico");
  }

  /** The path of the demo's Social Manager profile page, as the profile list links it. */
  private static String socialManagerProfile(WebSession web) {
    Matcher link =
        Pattern.compile(
                "href=\"(/app/setup/profiles/edit\\.xhtml\\?id=\\d+)\"[^>]*>Social Manager<")
            .matcher(web.get("/app/setup/profiles/index.xhtml").body());
    assertThat(link.find()).as("the demo's Social Manager profile is listed").isTrue();
    return link.group(1);
  }

  /** Whether the page renders the profile form's checkbox {@code id} as checked. */
  private static boolean checked(String html, String id) {
    Matcher m = Pattern.compile("id=\"profile-form:" + id + "_input\"[^>]*>").matcher(html);
    assertThat(m.find()).as(id + " is on the page").isTrue();
    return m.group().contains("checked");
  }
}
