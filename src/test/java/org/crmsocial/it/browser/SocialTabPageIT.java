package org.crmsocial.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crmsocial.testsupport.browser.BrowserTest;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The Social tab as its users see it, in English and Japanese: the welcome screen with nothing
 * linked (S-2), "ask your administrator" without VIEW (S-6), posting a tweet that shows in the
 * stream at once (S-12) with Twitter's counter, and the "n new" indicator (S-3). Screenshots of
 * each state land in target/screenshots. Each test links what it needs ({@link
 * #ensureTwitterLinked()}) and puts back what it changed (links, grants, language), so the tests
 * run in any order and leave the browser tests' common start: at most Twitter linked, with the
 * whole consent.
 */
@ExtendWith(ArquillianExtension.class)
class SocialTabPageIT extends BrowserTest {

  private static final String SOCIAL = "/app/social/index.xhtml";

  @Test
  void nothingLinkedShowsTheWelcomeScreenToManagersAndAskYourAdministratorToOthers() { // S-2, S-18
    withNothingLinked(this::nothingLinked);
  }

  private void nothingLinked() {
    signIn(ADMIN, DEMO_PASSWORD);
    open(SOCIAL);
    assertThat(text("social-not-set-up"))
        .contains("Social is not set up yet")
        .contains("Add an account");
    assertThat(allById("welcome-twitter")).hasSize(1);
    shot("welcome");
    click("welcome-twitter");
    assertThat(driver.getCurrentUrl())
        .contains("/app/setup/social/index.xhtml")
        .contains("tab=twitter");
    open(SOCIAL);

    driver.manage().deleteAllCookies();
    signIn(STANDARD_JA, DEMO_PASSWORD);
    open(SOCIAL);
    assertThat(text("social-not-set-up")).contains("管理者");
    assertThat(allById("welcome-twitter")).isEmpty();
  }

  @Test
  void aUserWithoutViewIsToldWhichPermissionToAskFor() { // S-6
    signIn(ADMIN, DEMO_PASSWORD);
    ensureTwitterLinked();
    // Standard: Social tab on; another test may have granted it View (grants survive a re-link,
    // S-19): taken away here, and given back after
    boolean hadView = standardView().isSelected();
    if (hadView) {
      toggleStandardView();
    }
    try {
      driver.manage().deleteAllCookies();
      signIn(STANDARD_JA, DEMO_PASSWORD);
      open(SOCIAL);
      assertThat(text("social-no-view")).contains("表示").contains("Twitter").contains("管理者");
      assertThat(allById("stream-form")).isEmpty();
    } finally {
      if (hadView) {
        driver.manage().deleteAllCookies();
        signIn(ADMIN, DEMO_PASSWORD);
        ensureTwitterLinked();
        if (!standardView().isSelected()) {
          toggleStandardView();
        }
      }
    }
  }

  /** The Standard profile's View on the Twitter tab's Actions matrix. */
  private WebElement standardView() {
    return byId("tabs:twitter-form:matrix")
        .findElement(By.cssSelector("input[aria-label='Standard: View']"));
  }

  private void toggleStandardView() {
    standardView().findElement(By.xpath("../../div[contains(@class,'ui-chkbox-box')]")).click();
    click("tabs:twitter-form:save-actions");
    assertThat(text("page-messages")).contains("actions were saved");
  }

  @Test
  void aTweetPostedShowsInTheStreamAtOnceAndTheCounterCountsAsTwitterDoes() { // S-12
    signIn(ADMIN, DEMO_PASSWORD);
    ensureTwitterLinked();
    open(SOCIAL);
    clickStream("TWITTER_OWN_TWEETS");
    assertThat(text("stream-title")).isEqualTo("Own tweets");

    WebElement draft = byId("stream-form:draft");
    draft.sendKeys("あ".repeat(141));
    waiting().until(d -> "-2".equals(byId("tweet-left").getText()));
    assertThat(byId("tweet-left").getAttribute("class")).contains("over");
    click("stream-form:post");
    assertThat(text("page-messages")).contains("280");
    assertThat(byId("stream-form:draft").getAttribute("value"))
        .as("the draft is kept")
        .hasSize(141);

    String tweet = "Spring catalogue <b>out</b> now " + System.nanoTime();
    byId("stream-form:draft").clear();
    byId("stream-form:draft").sendKeys(tweet);
    waiting().until(d -> String.valueOf(280 - tweet.length()).equals(byId("tweet-left").getText()));
    click("stream-form:post");
    assertThat(text("page-messages")).contains("Posted");
    waiting()
        .until(
            d ->
                byId("stream-form:items")
                    .getText()
                    .contains(tweet)); // escaped: the tags show as text
    assertThat(byId("stream-form:draft").getAttribute("value")).isEmpty();

    // S-12: a reply shows under the tweet it answers
    driver
        .findElement(By.cssSelector("#stream-form\\:items tbody tr:first-child .act-reply"))
        .click();
    settle();
    waiting().until(d -> byId("answer-form:answer-dialog").isDisplayed());
    assertThat(text("answer-form:answer-to")) // composer wording: it says what it will do
        .startsWith("Public reply to")
        .contains("everyone can see it");
    String reply = "Also in our shops " + System.nanoTime();
    byId("answer-form:answer-text").sendKeys(reply);
    waiting()
        .until(d -> String.valueOf(280 - reply.length()).equals(byId("answer-left").getText()));
    click("answer-form:answer-send");
    waiting()
        .until(
            d ->
                driver
                    .findElement(
                        By.cssSelector("#stream-form\\:items tbody tr:first-child .children"))
                    .getText()
                    .contains(reply));
    assertThat(text("page-messages")).contains("Reply posted");
    shot("thread");
  }

  @Test
  void newItemsFromAnotherSessionShowAsNNewWithoutReloading() { // S-3
    signIn(ADMIN, DEMO_PASSWORD);
    ensureTwitterLinked();
    open(SOCIAL);
    clickStream("TWITTER_OWN_TWEETS");
    String main = driver.getWindowHandle();
    driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
    open(SOCIAL);
    clickStream("TWITTER_OWN_TWEETS");
    String tweet = "From the other tab " + System.nanoTime();
    byId("stream-form:draft").sendKeys(tweet);
    click("stream-form:post");
    waiting().until(d -> byId("stream-form:items").getText().contains(tweet));
    driver.close();
    driver.switchTo().window(main);

    assertThat(byId("stream-form:items").getText()).doesNotContain(tweet);
    waiting().until(d -> !allById("stream-form:show-new").isEmpty()); // the 10 s poll
    assertThat(text("stream-form:show-new")).matches("\\d+ new — show"); // the sync may bring more
    click("stream-form:show-new");
    waiting().until(d -> byId("stream-form:items").getText().contains(tweet));
    assertThat(allById("stream-form:show-new")).isEmpty();
  }

  @Test
  void theStreamsInJapanese() { // S-3: the UI in Japanese, text from the network escaped
    signIn(ADMIN, DEMO_PASSWORD);
    ensureTwitterLinked();
    switchLanguage("ja");
    try {
      open(SOCIAL);
      shot("ja-own-tweets");
      clickStream("TWITTER_DIRECT_MESSAGES");
      assertThat(text("stream-title")).isEqualTo("ダイレクトメッセージ");
      assertThat(byId("stream-form:relationship").getText()).contains("見込み客").contains("未登録");
      shot("ja-empty");
      searchFor("@acme");
      assertThat(text("search-title")).isEqualTo("「@acme」の検索結果");
      assertThat(driver.findElements(By.cssSelector("#stream-form\\:search-pane .add-person")))
          .isNotEmpty();
      shot("ja-search");
    } finally {
      switchLanguage("en");
    }
  }

  @Test
  void aSearchRunsOnTwitterCanAddItsPeopleAndBeSavedAsAStream() { // S-12, S-20
    signIn(ADMIN, DEMO_PASSWORD);
    ensureTwitterLinked();
    open(SOCIAL);
    searchFor("@acme");
    assertThat(text("stream-form:search-pane")).contains("@acme_jp");
    // + Add on an Unknown person: a lead from the Social tab
    String author =
        driver.findElements(By.cssSelector("#stream-form\\:search-pane .stream-item")).stream()
            .filter(i -> !i.findElements(By.cssSelector(".add-person")).isEmpty())
            .findFirst()
            .orElseThrow()
            .findElement(By.cssSelector(".author"))
            .getText();
    driver
        .findElement(
            By.cssSelector(
                "#stream-form\\:search-pane .add-person button, #stream-form\\:search-pane .add-person .ui-menubutton button"))
        .click();
    waiting()
        .until(
            d ->
                d.findElements(By.cssSelector(".add-lead a, a.add-lead")).stream()
                    .anyMatch(WebElement::isDisplayed));
    driver.findElements(By.cssSelector(".add-lead a, a.add-lead")).stream()
        .filter(WebElement::isDisplayed)
        .findFirst()
        .get()
        .click();
    settle();
    assertThat(text("page-messages")).contains("Lead created");
    // The live results of that person now show their lead, not "+ Add" again (S-20)
    List<WebElement> theirs =
        driver.findElements(By.cssSelector("#stream-form\\:search-pane .stream-item")).stream()
            .filter(i -> i.findElement(By.cssSelector(".author")).getText().equals(author))
            .toList();
    assertThat(theirs).isNotEmpty();
    for (WebElement item : theirs) {
      assertThat(item.findElements(By.cssSelector("a.rel-lead"))).hasSize(1);
      assertThat(item.findElements(By.cssSelector(".add-person"))).isEmpty();
    }

    click("stream-form:search-save");
    assertThat(text("page-messages")).contains("saved as a stream");
    WebElement saved = waiting().until(d -> d.findElement(By.cssSelector("a.saved-search-link")));
    assertThat(saved.getText()).contains("@acme");
    shot("saved");
    // delete, after confirming
    driver.findElement(By.cssSelector("button.delete-search")).click();
    waiting().until(d -> byId("confirm-yes").isDisplayed());
    click("confirm-yes");
    assertThat(text("page-messages")).contains("saved search was deleted");
    assertThat(driver.findElements(By.cssSelector("a.saved-search-link"))).isEmpty();
  }

  // issue 19 point 18: X's t.co links shown as their display URL, linked to the expanded URL
  @Test
  void aTweetsLinkShowsAsItsDisplayUrlLinkedToWhereItLeads() {
    signIn(ADMIN, DEMO_PASSWORD);
    ensureTwitterLinked();
    open(SOCIAL);
    clickStream("TWITTER_OWN_TWEETS");
    String word = "linkcheck" + System.nanoTime();
    String link = "https://acme.example/c/" + word;
    byId("stream-form:draft").sendKeys("Catalogue " + word + " " + link + " & more");
    click("stream-form:post");
    assertThat(text("page-messages")).contains("Posted");

    searchFor(word);
    WebElement shown =
        waiting()
            .until(
                d ->
                    d.findElement(
                        By.cssSelector("#stream-form\\:search-pane .item-text.rich a[href]")));
    assertThat(shown.getAttribute("href")).isEqualTo(link);
    assertThat(shown.getAttribute("rel")).isEqualTo("nofollow noopener");
    assertThat(shown.getText()).startsWith("acme.example/c/linkcheck").endsWith("…");
    assertThat(text("stream-form:search-pane")).contains("& more").doesNotContain("t.co", "&amp;");
  }

  @Test
  void aFacebookStatusIsPostedCommentedAndLiked() { // S-8
    signIn(ADMIN, DEMO_PASSWORD);
    openSettings("facebook");
    boolean linkedHere = allById("tabs:facebook-form:remove").isEmpty();
    if (linkedHere) {
      addAccount("facebook", () -> signInOnSandbox("confirm"));
      waiting().until(d -> byId("add-page-form:add-page").isDisplayed());
      click("add-page-form:pages:0:add");
      waiting().until(d -> !allById("tabs:facebook-form:page-name").isEmpty());
    }
    try {
      postCommentAndLikeOnFacebook();
    } finally {
      if (linkedHere) { // leave at most Twitter linked, as the other browser tests start
        openSettings("facebook");
        removeAccount("facebook");
      }
    }
  }

  private void postCommentAndLikeOnFacebook() {
    open(SOCIAL);
    clickStream("FACEBOOK_PAGE_FEED");
    assertThat(text("stream-title")).isEqualTo("Page posts");
    assertThat(allById("tweet-left")).as("no tweet counter on Facebook").isEmpty();
    String status = "Our autumn menu is here " + System.nanoTime();
    byId("stream-form:draft").sendKeys(status);
    click("stream-form:post");
    assertThat(text("page-messages")).contains("Posted");
    String first = "#stream-form\\:items tbody tr:first-child ";
    waiting()
        .until(d -> d.findElement(By.cssSelector(first + ".item-text")).getText().equals(status));

    driver.findElement(By.cssSelector(first + ".act-comment")).click();
    settle();
    waiting().until(d -> byId("answer-form:answer-dialog").isDisplayed());
    assertThat(text("answer-form:answer-to")).startsWith("Public comment on"); // composer wording
    String comment = "Available from Monday " + System.nanoTime();
    byId("answer-form:answer-text").sendKeys(comment);
    click("answer-form:answer-send");
    waiting()
        .until(d -> d.findElement(By.cssSelector(first + ".children")).getText().contains(comment));

    driver.findElement(By.cssSelector(first + ".act-like")).click();
    settle();
    waiting().until(d -> !d.findElements(By.cssSelector(first + ".state-liked")).isEmpty());
    assertThat(text("page-messages")).contains("Liked");
    shot("facebook");
  }

  @Test
  void sandboxActivityAppearsAsNNewAfterASync()
      throws Exception { // S-3: activity, the sync, then "n new"
    signIn(ADMIN, DEMO_PASSWORD);
    ensureTwitterLinked();
    open(SOCIAL);
    clickStream("TWITTER_MENTIONS");
    click("social-sync-form:sync-now"); // whatever the sandbox already had
    waiting().until(d -> text("social-sync-form:sync-status").contains("Sync finished")); // queued
    open(SOCIAL);
    clickStream("TWITTER_MENTIONS");
    java.net.http.HttpResponse<String> made =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(
                            base.toString().replaceAll("/+$", "")
                                + "/sandbox/twitter/_admin/activity"))
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"count\":30}"))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(made.statusCode()).isBetween(200, 299);
    click("social-sync-form:sync-now");
    waiting().until(d -> !allById("stream-form:show-new").isEmpty()); // the 10 s poll, no reload
    assertThat(text("stream-form:show-new")).matches("\\d+ new — show");
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
    shot("n-new");
    click("stream-form:show-new");
    assertThat(allById("stream-form:show-new")).isEmpty();
    assertThat(byId("stream-form:items").getText()).contains("@acme_jp");
  }

  @Test
  void aPermissionUntickedAtConsentLeavesItsActionOutAndSaysWhoCanGrantIt() { // S-12, S-13
    signIn(ADMIN, DEMO_PASSWORD);
    openSettings("twitter");
    removeIfLinked("twitter");
    addAccount(
        "twitter",
        () -> {
          signInOnSandbox("brand@acme.example", null);
          waiting() // the consent page, once signed in
              .until(
                  d ->
                      d.findElement(
                          By.cssSelector("input[name='granted_scope'][value='dm.write']")))
              .click();
          byId("authorize").click();
        });
    waiting().until(d -> !allById("tabs:twitter-form:account-name").isEmpty());
    try {
      open(SOCIAL);
      clickStream("TWITTER_DIRECT_MESSAGES");
      assertThat(text("stream-form:withheld"))
          .contains("re-authorizes the account in Setup › Social Integration")
          .contains("Reply to DMs")
          .contains("dm.write");
      assertThat(driver.findElements(By.cssSelector(".act-message-reply")))
          .as("no DM reply button")
          .isEmpty();
      // composer wording: private messages have no public composer, only Reply on each message
      assertThat(allById("stream-form:composer")).as("no public post from DMs").isEmpty();
      assertThat(text("stream-form:private-note")).contains("only its sender sees the answer");
      shot("withheld");
      clickStream("TWITTER_OWN_TWEETS");
      assertThat(allById("stream-form:composer")).as("tweeting was allowed").isNotEmpty();
      assertThat(text("stream-form:composer-says"))
          .contains("Public post on")
          .contains("everyone can see it");
    } finally {
      openSettings("twitter"); // linked again with the whole consent, as the other tests expect
      removeIfLinked("twitter");
      ensureTwitterLinked();
    }
  }

  private void searchFor(String query) {
    WebElement box =
        waiting().until(d -> d.findElement(By.cssSelector("input[id$='search-query']")));
    box.clear();
    box.sendKeys(query);
    driver.findElement(By.cssSelector("button[id$='search-run']")).click();
    settle();
    waiting().until(d -> !allById("stream-form:search-pane").isEmpty());
  }

  private void clickStream(String stream) {
    WebElement link = waiting().until(d -> d.findElement(By.cssSelector("a.stream-" + stream)));
    link.click();
    settle();
    waiting()
        .until(
            d ->
                d.findElement(By.cssSelector("a.stream-" + stream))
                    .getAttribute("class")
                    .contains("active"));
  }
}
