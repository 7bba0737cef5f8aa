package org.crmsocial.it.browser.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.crmsocial.testsupport.browser.BrowserTest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A lead's detail page as a user sees it: associate a Twitter person through the dialog, see their
 * Social Interactions newest first and escaped (S-4, S-24), undo after a confirmation (S-26), the
 * note when no account is linked (S-18); in English and Japanese, with screenshots of each state in
 * target/screenshots. Twitter is linked through the real settings popup; the person's tweets are
 * put into the database by {@link SocialSeedServlet} (the sync is another issue).
 */
@ExtendWith(ArquillianExtension.class)
class LeadSocialInteractionsPageIT extends BrowserTest {

  /** The test-only WAR of the seed servlet, next to the product. */
  @Deployment(name = "seed", testable = false, order = 2)
  static WebArchive seed() {
    return ShrinkWrap.create(WebArchive.class, "people-seed.war").addClass(SocialSeedServlet.class);
  }

  /** Leaves no account linked: other browser tests expect the quick start's state. */
  @AfterEach
  void unlinkTwitter() {
    open("/app/home.xhtml");
    if (!allById("nav-form:sign-out").isEmpty()) {
      click("nav-form:sign-out");
    }
    signIn(ADMIN, DEMO_PASSWORD);
    removeTwitter();
  }

  private void removeTwitter() {
    open("/app/setup/social/index.xhtml?tab=twitter");
    if (allById("tabs:twitter-form:remove").isEmpty()) {
      return;
    }
    click("tabs:twitter-form:remove");
    waiting().until(d -> byId("confirm-yes").isDisplayed());
    click("confirm-yes");
    waiting().until(d -> !allById("tabs:twitter-form:no-account").isEmpty());
  }

  /**
   * The Text column is wider than any other and takes at least a third of the table: an automatic
   * layout had shrunk it to its longest word (two words a line).
   */
  private void assertTextColumnIsTheWidest() {
    int table = byId("social-form:interactions").getSize().getWidth();
    java.util.List<org.openqa.selenium.WebElement> headers =
        driver.findElements(By.cssSelector("#social-form\\:interactions thead th"));
    int text = 0;
    int widestOther = 0;
    for (org.openqa.selenium.WebElement header : headers) {
      int width = header.getSize().getWidth();
      if (header.getAttribute("class").contains("col-text")) {
        text = width;
      } else {
        widestOther = Math.max(widestOther, width);
      }
    }
    assertThat(text).isGreaterThan(widestOther).isGreaterThanOrEqualTo(table / 3);
  }

  /** Stores a Twitter person with three tweets to the brand; their handle. */
  private String seed(String form) throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(origin() + "/people-seed/seed"))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(200);
    return answer.body();
  }

  private void signInAgainAs(String email) {
    click("nav-form:sign-out");
    signIn(email, DEMO_PASSWORD);
  }

  private void newLead(String lastName) {
    open("/app/leads/edit.xhtml");
    byId("edit-form:lastName").sendKeys(lastName);
    click("edit-form:save");
    waiting().until(d -> d.getCurrentUrl().contains("/app/leads/view.xhtml"));
    settle();
  }

  private void associate(String handle) throws Exception {
    associate(handle, null);
  }

  /**
   * Finds the person by handle in the dialog and associates them; screenshots the dialog if named.
   */
  private void associate(String handle, String shotName) throws Exception {
    click("social-form:associate-open");
    waiting().until(d -> byId("associate-dialog").isDisplayed());
    byId("associate-form:associate-text").sendKeys("@" + handle);
    click("associate-form:associate-search");
    if (shotName != null) {
      shotOf("social-interactions", shotName);
    }
    click("associate-form:results:0:associate-choose");
    waiting().until(d -> text("social-people").contains("@" + handle));
  }

  @Test
  void associatingAPersonOnALeadShowsTheirSocialInteractionsNewestFirst()
      throws Exception { // S-4, S-24
    signIn(ADMIN, DEMO_PASSWORD);
    ensureTwitterLinked();
    String handle = seed("name=" + URLEncoder.encode("Emily Clark", StandardCharsets.UTF_8));
    newLead("Clark" + System.nanoTime());
    assertThat(text("social-form:no-profiles"))
        .contains("No Facebook or Twitter profile is associated with this lead yet");
    shotOf("social-interactions", "lead-empty-en");

    associate(handle, "associate-dialog-en");

    assertThat(text("social-people"))
        .contains("Emily Clark")
        .contains("@" + handle)
        .contains("Twitter");
    String list = text("social-form:interactions");
    assertThat(list)
        .contains("newest mention", "second mention", "first mention <script>alert(1)</script>");
    assertThat(list.indexOf("newest mention")).isLessThan(list.indexOf("second mention"));
    assertThat(list.indexOf("second mention")).isLessThan(list.indexOf("first mention"));
    // S-4: what the brand sent them too, with the direction
    assertThat(list).contains("You → Emily Clark");
    assertThat(list.indexOf(SocialSeedServlet.BRAND_REPLY))
        .isLessThan(list.indexOf("newest mention"));
    // issue 19 point 23: a sender the network hides has the Social tab's one wording, not "→ Emily"
    assertThat(list).contains("(sender hidden by the network) → Emily Clark");
    // issue 19 point 23: the Text column gets the width the narrow columns leave
    assertTextColumnIsTheWidest();
    assertThat(byId("social-form:interactions").getAttribute("innerHTML"))
        .contains("rel=\"noopener noreferrer\"");
    // issue 19 point 11: network HTML, sanitized: bold and web links kept, the rest dropped
    String shown = byId("social-form:interactions").getAttribute("innerHTML");
    assertThat(shown)
        .contains("thanks for <b>asking</b>")
        .contains("<a href=\"https://acme.example/help\" rel=\"nofollow noopener\">help</a>")
        .doesNotContain("javascript:", "onclick", "alert(2)", "alert(3)");
    assertThat(list).contains("bad").doesNotContain("&lt;b&gt;", "&amp;");
    // issue 19 point 10: the link it shares, as a card with its title and host
    assertThat(
            byId("social-form:interactions")
                .findElement(By.cssSelector("a.attachment-title"))
                .getAttribute("href"))
        .isEqualTo(SocialSeedServlet.SHARED_URL);
    assertThat(list).contains(SocialSeedServlet.SHARED_TITLE, "acme.example");
    shotOf("social-interactions", "lead-full-en");

    // S-12: a sandbox Twitter user's tweets, read live
    associate(
        seed(
            "id=9912&handle=taro_y&name="
                + URLEncoder.encode("Taro Yamada", StandardCharsets.UTF_8)));
    driver
        .findElement(By.xpath("//li[contains(., '@taro_y')]//button[contains(@id, ':tweets')]"))
        .click();
    settle();
    waiting().until(d -> !allById("social-form:tweets-close").isEmpty());
    assertThat(allById("social-form:tweets-error")).isEmpty();
    shotOf("social-interactions", "tweet-history-en");
  }

  @Test
  void aJapaneseUserAssociatesAndUndoesAfterConfirming() throws Exception { // S-4, S-26
    signIn(ADMIN, DEMO_PASSWORD);
    ensureTwitterLinked();
    String handle = seed("name=" + URLEncoder.encode("佐藤 美咲", StandardCharsets.UTF_8));
    signInAgainAs(STANDARD_JA); // Standard: the detail page part on, Manage Social off
    newLead("佐藤" + System.nanoTime());
    assertThat(text("social-interactions")).contains("関連付けられた Facebook / Twitter のプロフィールはまだありません");
    shotOf("social-interactions", "lead-empty-ja");

    associate(handle, "associate-dialog-ja");
    assertThat(text("social-form:interactions"))
        .contains("newest mention")
        .contains("メンション")
        .contains("あなた → 佐藤 美咲")
        .contains("（送信者はネットワークにより非表示） → 佐藤 美咲"); // issue 19 point 23
    shotOf("social-interactions", "lead-full-ja");

    click("social-form:people:0:undo");
    waiting().until(d -> byId("confirm-yes").isDisplayed());
    assertThat(byId("confirm-yes").getText()).isEqualTo("はい、解除します");
    click("confirm-yes");
    waiting().until(d -> !allById("social-form:no-profiles").isEmpty());
    assertThat(text("page-messages")).contains("関連付けを解除しました");
  }

  @Test
  void withNoAccountLinkedTheListSaysSocialIntegrationIsOff() throws Exception { // S-18
    signIn(ADMIN, DEMO_PASSWORD);
    removeTwitter();
    newLead("Off" + System.nanoTime());
    assertThat(text("social-form:social-off")).contains("Social integration is off");
    assertThat(allById("social-form:associate-open")).isEmpty();
    shotOf("social-interactions", "lead-off-en");

    signInAgainAs(STANDARD_JA);
    newLead("オフ" + System.nanoTime());
    assertThat(text("social-form:social-off")).contains("ソーシャル連携はオフです");
    shotOf("social-interactions", "lead-off-ja");
  }
}
