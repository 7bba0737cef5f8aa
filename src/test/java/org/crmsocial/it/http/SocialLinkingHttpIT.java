package org.crmsocial.it.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.crmsocial.it.settings.SandboxConsent;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.testsupport.Deployments;
import org.crmsocial.testsupport.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Social Integration settings and the OAuth servlets seen from the wire: who is let in (S-5,
 * S-22), and what a forged, foreign or replayed {@code state} at the callback does (nothing, and
 * the page says why).
 */
@ExtendWith(ArquillianExtension.class)
class SocialLinkingHttpIT {

  private static final String ADMIN = "admin@crmsocial.example";
  private static final String STANDARD = "sales@crmsocial.example";
  private static final String PASSWORD = "demo-password-1";
  private static final String SETTINGS = "/app/setup/social/index.xhtml";
  private static final List<String> TABS = List.of("facebook", "twitter", "googleplus");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.productWar();
  }

  @ArquillianResource URL base;

  private WebSession signedIn(String email) {
    WebSession web = new WebSession(base.toString());
    web.signIn(email, PASSWORD);
    return web;
  }

  @Test
  void aStandardUserIsRefusedAtTheSettingsPageAndAtConnect() { // S-5, S-22
    WebSession web = signedIn(STANDARD);
    assertThat(web.get("/app/home.xhtml").statusCode()).as("signed in").isEqualTo(200);

    HttpResponse<String> settings = web.get(SETTINGS + "?tab=facebook");
    assertThat(settings.statusCode()).isEqualTo(403);
    assertThat(settings.body()).doesNotContain("add-account");

    HttpResponse<String> connect = web.get("/social/connect/facebook");
    assertThat(connect.statusCode()).isEqualTo(403);
    assertThat(connect.uri().getPath())
        .as("not sent on to the network")
        .isEqualTo("/social/connect/facebook");

    HttpResponse<String> callback = web.get("/social/callback/facebook?state=s&code=c");
    assertThat(callback.statusCode()).as("nor let in at the callback").isEqualTo(403);
  }

  @Test
  void aForgedStateAtTheCallbackLinksNothingAndSaysWhy() {
    WebSession web = signedIn(ADMIN);
    String before = linkedTabs(web);

    HttpResponse<String> forged =
        web.get("/social/callback/facebook?state=forged-state&code=some-code");
    assertThat(forged.statusCode()).isEqualTo(200);
    assertThat(resultOf(forged))
        .contains("This Facebook sign-in is not valid any more")
        .contains("Nothing was linked");
    assertThat(linkedTabs(web)).isEqualTo(before);
  }

  @Test
  void aStateStartedInAnotherSessionLinksNothing() {
    WebSession mine = signedIn(ADMIN);
    WebSession other = signedIn(ADMIN);
    twitterUnlinked(mine);
    String before = linkedTabs(mine);

    // The other session starts Twitter's flow; its state and a real code arrive in this session.
    HttpResponse<String> started = other.get("/social/connect/twitter");
    Map<String, String> back =
        SandboxConsent.allow(started.uri().toString(), Network.TWITTER, "brand@acme.example");
    HttpResponse<String> foreign =
        mine.get(
            "/social/callback/twitter?state="
                + WebSession.enc(back.get("state"))
                + "&code="
                + WebSession.enc(back.get("code")));
    assertThat(resultOf(foreign))
        .contains("started in another browser session")
        .contains("Nothing was linked");
    assertThat(linkedTabs(mine)).isEqualTo(before);
  }

  @Test
  void aReplayedStateLinksNothing() {
    WebSession web = signedIn(ADMIN);
    twitterUnlinked(web);
    String before = linkedTabs(web);

    HttpResponse<String> started = web.get("/social/connect/twitter");
    assertThat(started.uri().getPath())
        .as("sent to the network's authorization page")
        .endsWith("/sandbox/twitter/www/i/oauth2/authorize");
    String state = SandboxConsent.parse(started.uri().getRawQuery()).get("state");
    assertThat(state).isNotBlank();

    // first use: the network refuses the code, so nothing is linked, and the state is spent
    HttpResponse<String> first =
        web.get("/social/callback/twitter?state=" + WebSession.enc(state) + "&code=not-the-code");
    assertThat(resultOf(first)).doesNotContain("was linked");
    // the replay is refused for its state, before any code is looked at
    HttpResponse<String> replay =
        web.get("/social/callback/twitter?state=" + WebSession.enc(state) + "&code=not-the-code");
    assertThat(resultOf(replay))
        .contains("This Twitter sign-in is not valid any more")
        .contains("Nothing was linked");
    assertThat(linkedTabs(web)).isEqualTo(before);
  }

  /**
   * No Twitter account linked, so Twitter's flow starts (with one linked, Connect refuses a
   * second): one that another test class left is removed, as Setup's delete icon removes it.
   */
  private static void twitterUnlinked(WebSession web) {
    String remove = "id=\"tabs:twitter-form:remove\"";
    HttpResponse<String> page = web.get(SETTINGS + "?tab=twitter");
    if (!page.body().contains(remove)) {
      return;
    }
    String button = WebSession.enc("tabs:twitter-form:remove");
    String form = WebSession.enc("tabs:twitter-form");
    HttpResponse<String> removed =
        web.post(
            SETTINGS + "?tab=twitter",
            "jakarta.faces.partial.ajax=true&jakarta.faces.source="
                + button
                + "&jakarta.faces.partial.execute="
                + button
                + "&jakarta.faces.partial.render="
                + form
                + "&"
                + button
                + "="
                + button
                + "&"
                + form
                + "="
                + form
                + "&jakarta.faces.ViewState="
                + WebSession.enc(WebSession.viewState(page.body())),
            "Faces-Request",
            "partial/ajax");
    assertThat(removed.statusCode()).isEqualTo(200);
    assertThat(web.get(SETTINGS + "?tab=twitter").body())
        .as("Twitter removed")
        .doesNotContain(remove);
  }

  /** The text of the callback's outcome paragraph. */
  private static String resultOf(HttpResponse<String> page) {
    String body = page.body();
    int start = body.indexOf("id=\"link-result\"");
    assertThat(start).as("the callback page states the outcome: " + body).isPositive();
    return body.substring(body.indexOf('>', start) + 1, body.indexOf("</p>", start))
        .replace("&#39;", "'");
  }

  /**
   * Which network tabs show a linked account, e.g. {@code "facebook=no twitter=no googleplus=no"}.
   */
  private static String linkedTabs(WebSession web) {
    HttpResponse<String> page = web.get(SETTINGS);
    assertThat(page.statusCode()).isEqualTo(200);
    StringBuilder b = new StringBuilder();
    for (String tab : TABS) {
      boolean linked = page.body().contains("id=\"tabs:" + tab + "-form:account\"");
      boolean empty = page.body().contains("id=\"tabs:" + tab + "-form:no-account\"");
      assertThat(linked ^ empty).as(tab + " shows either its account or its empty state").isTrue();
      b.append(tab).append(linked ? "=linked " : "=no ");
    }
    return b.toString().trim();
  }
}
