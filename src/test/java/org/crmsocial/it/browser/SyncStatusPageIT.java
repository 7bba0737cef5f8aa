package org.crmsocial.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import org.crmsocial.testsupport.browser.BrowserTest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The feed sync's status panel on Setup &gt; Social Integration (DESIGN.md §4: last success, next
 * attempt, last error, items fetched per stream) with Sync now, in English and Japanese, as the
 * demo's Social Manager sees it after linking Twitter through the popup.
 */
@ExtendWith(ArquillianExtension.class)
class SyncStatusPageIT extends BrowserTest {

  private static final String MANAGER = "manager@crmsocial.example";
  private static final String PANEL = "tabs:twitter-sync-form:sync-status";
  private static final String GOOGLE_PANEL = "tabs:googleplus-sync-form:sync-status";

  private void linkTwitter() {
    if (!allById("tabs:twitter-form:remove").isEmpty()) {
      return;
    }
    String main = driver.getWindowHandle();
    byId("tabs:twitter-form:add-account").click();
    waiting().until(d -> d.getWindowHandles().size() == 2);
    Set<String> handles = driver.getWindowHandles();
    handles.remove(main);
    driver.switchTo().window(handles.iterator().next());
    if (!driver.findElements(By.id("change-user")).isEmpty()
        && driver.findElements(By.id("email")).isEmpty()) {
      byId("change-user").click();
    }
    byId("email").sendKeys("brand@acme.example");
    byId("pass").sendKeys("sandbox");
    byId("login").click();
    byId("authorize").click();
    waiting().until(d -> d.getWindowHandles().size() == 1);
    driver.switchTo().window(main);
    settle();
    waiting().until(d -> !allById(PANEL).isEmpty());
  }

  @Test
  void showsEachStreamsSyncAndSyncsNowInEnglishAndJapanese() throws Exception { // S-3, DESIGN §4
    signIn(MANAGER, DEMO_PASSWORD);
    if (!allById("nav-form:lang-en").isEmpty()) {
      switchLanguage("en"); // start in English whatever an earlier run left
    }
    open("/app/setup/social/index.xhtml?tab=twitter");
    assertThat(allById("tabs:facebook-sync-form:sync-status"))
        .as("no panel without an account")
        .isEmpty();
    linkTwitter();

    click("tabs:twitter-sync-form:sync-now");
    waiting().until(d -> text(PANEL).contains("Sync finished"));
    // What it found shows where the button was pressed, scrolled into view if need be
    waiting()
        .until(
            d ->
                (Boolean)
                    ((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript(
                            "var r = document.getElementById('tabs:twitter-sync-form:sync-messages')"
                                + ".getBoundingClientRect();"
                                + " return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;"));
    String panel = text(PANEL);
    assertThat(panel)
        .contains("Feed sync")
        .contains("Own tweets")
        .contains("Mentions and replies")
        .contains("Direct messages");
    assertThat(panel)
        .contains("Last success")
        .contains("Next attempt")
        .contains("Items fetched")
        .contains("Last error");
    assertThat(panel).doesNotContain("Not yet");
    shotOf(PANEL, "en");

    switchLanguage("ja");
    try {
      open("/app/setup/social/index.xhtml?tab=twitter");
      assertThat(text(PANEL)).contains("フィード同期");
      click("tabs:twitter-sync-form:sync-now");
      waiting().until(d -> text(PANEL).contains("同期が完了しました"));
      assertThat(text(PANEL))
          .contains("自分のツイート")
          .contains("メンションと返信")
          .contains("ダイレクトメッセージ")
          .contains("取得件数");
      shotOf(PANEL, "ja");
    } finally {
      switchLanguage("en"); // the manager's saved language back to English
    }
    open("/app/setup/social/index.xhtml?tab=twitter");
    assertThat(text(PANEL)).contains("Feed sync");
    click("tabs:twitter-form:remove");
    waiting().until(d -> byId("confirm-yes").isDisplayed());
    click("confirm-yes");
    waiting().until(d -> !allById("tabs:twitter-form:no-account").isEmpty());
    assertThat(allById(PANEL)).as("the panel goes with the account").isEmpty();
  }

  private void twitterFaults(String method, String json) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(origin() + "/sandbox/twitter/_admin/faults"));
    request =
        json == null
            ? request.method(method, HttpRequest.BodyPublishers.noBody())
            : request
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
    HttpResponse<String> answer =
        HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
  }

  @Test
  void syncNowIsQueuedAndThePanelShowsItRunningThenWhatItFound() throws Exception { // issue 14
    signIn(MANAGER, DEMO_PASSWORD);
    if (!allById("nav-form:lang-en").isEmpty()) {
      switchLanguage("en");
    }
    open("/app/setup/social/index.xhtml?tab=twitter");
    linkTwitter();
    // The network holds its first answer until the read times out: the run stays under way.
    twitterFaults("POST", "{\"kind\":\"TIMEOUT\",\"count\":1}");
    try {
      click("tabs:twitter-sync-form:sync-now");
      // (the panel polls meanwhile and is redrawn every second: each read is retried if stale)
      waiting()
          .until(d -> text(PANEL).contains("Sync running") && !text(PANEL).contains("finished"));
      waiting()
          .until(
              d -> {
                shotOf(PANEL, "sync-running-en");
                return true;
              });
      ((WebDriverWait)
              new WebDriverWait(driver, Duration.ofSeconds(90))
                  .ignoring(StaleElementReferenceException.class))
          .until(d -> text(PANEL).contains("Sync finished with errors"));
      assertThat(text(PANEL)).doesNotContain("Sync running");
    } finally {
      twitterFaults("DELETE", null);
    }
    click("tabs:twitter-form:remove");
    waiting().until(d -> byId("confirm-yes").isDisplayed());
    click("confirm-yes");
    waiting().until(d -> !allById("tabs:twitter-form:no-account").isEmpty());
  }

  /** The test-only WAR that plays another server holding the account's sync lease. */
  @Deployment(name = "lease", testable = false, order = 2)
  static WebArchive leaseHolder() {
    return ShrinkWrap.create(WebArchive.class, "lease-holder.war")
        .addClass(LeaseHolderServlet.class);
  }

  private void anotherServerHoldsTheLease(boolean hold) throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(origin() + "/lease-holder/lease?hold=" + hold))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
  }

  @Test
  void saysWhenAnotherServerIsSyncingTheAccountInEnglishAndJapanese()
      throws Exception { // DESIGN §4: one run per account in a cluster
    signIn(MANAGER, DEMO_PASSWORD);
    if (!allById("nav-form:lang-en").isEmpty()) {
      switchLanguage("en");
    }
    open("/app/setup/social/index.xhtml?tab=twitter");
    linkTwitter();
    anotherServerHoldsTheLease(true);
    try {
      click("tabs:twitter-sync-form:sync-now");
      waiting().until(d -> text(PANEL).contains("already under way"));
      assertThat(text(PANEL)).doesNotContain("Sync finished");
      shotOf(PANEL, "sync-busy-en");
      switchLanguage("ja");
      try {
        open("/app/setup/social/index.xhtml?tab=twitter");
        click("tabs:twitter-sync-form:sync-now");
        waiting().until(d -> text(PANEL).contains("既に実行中"));
        shotOf(PANEL, "sync-busy-ja");
      } finally {
        switchLanguage("en");
      }
    } finally {
      anotherServerHoldsTheLease(false);
    }
    open("/app/setup/social/index.xhtml?tab=twitter");
    click("tabs:twitter-sync-form:sync-now");
    waiting().until(d -> text(PANEL).contains("Sync finished"));
    click("tabs:twitter-form:remove");
    waiting().until(d -> byId("confirm-yes").isDisplayed());
    click("confirm-yes");
    waiting().until(d -> !allById("tabs:twitter-form:no-account").isEmpty());
  }

  @Test
  void showsWhenTheLastFullReReadEndedInEnglishAndJapanese() { // issue 6: nothing is lost, S-3
    signIn(MANAGER, DEMO_PASSWORD);
    if (!allById("nav-form:lang-en").isEmpty()) {
      switchLanguage("en");
    }
    openSettings("googleplus");
    removeIfLinked("googleplus");
    addAccount("googleplus", () -> signInOnSandbox("allow"));
    waiting().until(d -> byId("add-page-form:add-page").isDisplayed());
    click("add-page-form:pages:0:add");
    waiting().until(d -> !allById(GOOGLE_PANEL).isEmpty());
    // A link makes the full re-read of the page's posts due; it ends within a few runs.
    for (int i = 0; i < 20 && !text(GOOGLE_PANEL).contains("Last full re-read:"); i++) {
      click("tabs:googleplus-sync-form:sync-now");
      waiting().until(d -> text(GOOGLE_PANEL).contains("Sync finished")); // the queued run ended
    }
    assertThat(text(GOOGLE_PANEL))
        .contains("Page posts and comments")
        .contains("Last full re-read:")
        .doesNotContain("Full re-read in progress");
    shotOf(GOOGLE_PANEL, "full-walk-en");

    switchLanguage("ja");
    try {
      openSettings("googleplus");
      assertThat(text(GOOGLE_PANEL)).contains("前回の全件再読み込み:");
      shotOf(GOOGLE_PANEL, "full-walk-ja");
    } finally {
      switchLanguage("en");
    }
    openSettings("googleplus");
    removeAccount("googleplus");
  }
}
