package org.crmsocial.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.crmsocial.testsupport.browser.BrowserTest;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Setup &gt; Social Integration as an administrator does it, through the real popup and the sandbox
 * networks' sign-in and consent pages (S-9, S-10, S-11, S-13, S-15, S-17, S-21).
 */
@ExtendWith(ArquillianExtension.class)
class SocialIntegrationPageIT extends BrowserTest {

  @Test
  void linksTwitterThroughThePopupShowsTheActionsAndRemovesIt() { // S-13, S-17, S-21
    signIn(ADMIN, DEMO_PASSWORD);
    click("nav-form:nav-setup");
    click("setup-social");
    assertThat(text("page-title")).isEqualTo("Social Integration");
    openSettings("twitter");
    removeIfLinked("twitter");

    List<Long> millis = new ArrayList<>();
    for (int run = 0; run < 10; run++) {
      long started = System.nanoTime();
      addAccount("twitter", () -> signInOnSandbox("authorize"));
      waiting().until(d -> !allById("tabs:twitter-form:account-name").isEmpty());
      millis.add((System.nanoTime() - started) / 1_000_000);
      assertThat(text("tabs:twitter-form:account-name")).isEqualTo("Acme Japan");
      assertThat(text("tabs:twitter-form:status")).isEqualTo("Linked");
      assertThat(text("tabs:twitter-form:scopes")).contains("tweet.write");
      assertThat(text("page-messages")).contains("was linked");
      // S-13: the Actions matrix follows, Administrator holding every action
      assertThat(byId("tabs:twitter-form:matrix").getText())
          .contains("Administrator")
          .contains("Standard")
          .contains("Retweet");
      if (run == 0) {
        click("tabs:twitter-form:save-actions");
        assertThat(text("page-messages")).contains("actions were saved");
      }
      removeAccount("twitter");
      assertThat(text("page-messages")).contains("Leads and contacts were not changed");
    }
    List<Long> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    long median = (sorted.get(4) + sorted.get(5)) / 2;
    System.out.println(
        "FIGURE twitter Add Account to linked, ms: runs=" + millis + " median=" + median);
  }

  @Test
  void facebookAddPageThenClosingTheDialogWithoutAddRemovesTheAccount() { // S-9, S-11
    signIn(ADMIN, DEMO_PASSWORD);
    openSettings("facebook");
    removeIfLinked("facebook");

    addAccount("facebook", () -> signInOnSandbox("confirm"));
    waiting().until(d -> byId("add-page-form:add-page").isDisplayed());
    assertThat(byId("add-page-form:pages").getText()).contains("Acme Japan");
    click("add-page-form:pages:0:add");
    waiting().until(d -> !allById("tabs:facebook-form:page-name").isEmpty());
    assertThat(text("tabs:facebook-form:page-name")).isEqualTo("Acme Japan");
    assertThat(byId("tabs:facebook-form:matrix").getText()).contains("Reply to messages");
    removeAccount("facebook");

    // S-11: the dialog closed without Add removes the account
    addAccount(
        "facebook",
        () -> {
          byId("continue").click(); // S-9: "You are already signed in as …": Continue
          byId("confirm").click();
        });
    waiting().until(d -> byId("add-page-form:add-page").isDisplayed());
    driver
        .findElement(By.cssSelector("#add-page-form\\:add-page .ui-dialog-titlebar-close"))
        .click();
    settle();
    waiting().until(d -> !allById("tabs:facebook-form:no-account").isEmpty());
    assertThat(text("page-messages"))
        .contains("No page was added, so the Facebook account was removed");
  }

  @Test
  void linksGooglePlusThroughThePopupAddsThePageAndShowsTheActions() { // S-15, S-17, S-21
    signIn(ADMIN, DEMO_PASSWORD);
    openSettings("googleplus");
    removeIfLinked("googleplus");

    // S-15: Add Account, sign in on Google, Allow
    addAccount(
        "googleplus",
        () -> {
          signInOnSandbox("brand@acme.example", "allow");
        });
    waiting().until(d -> byId("add-page-form:add-page").isDisplayed());
    assertThat(text("tabs:googleplus-form:status")).isEqualTo("Waiting for a page");
    // S-15: Add Page lists the account's pages; Add one
    assertThat(byId("add-page-form:pages").getText()).contains("Acme Japan");
    click("add-page-form:pages:0:add");
    waiting().until(d -> !allById("tabs:googleplus-form:page-name").isEmpty());
    assertThat(text("tabs:googleplus-form:page-name")).isEqualTo("Acme Japan");
    assertThat(text("tabs:googleplus-form:status")).isEqualTo("Linked");
    assertThat(text("tabs:googleplus-form:scopes")).contains("plus.stream.write");
    // Profiles another test class made keep the grants they had on this page's account, which
    // survive a re-link (S-19): taken away first, so the account starts as a first link does
    clearGrantsOfProfilesNotInTheDemo("googleplus");
    // S-15: then the Actions matrix, Administrator holding View, Post and Comment, others none
    String matrix = byId("tabs:googleplus-form:matrix").getText();
    assertThat(matrix)
        .contains("Administrator")
        .contains("Standard")
        .contains("View")
        .contains("Post")
        .contains("Comment");
    assertThat(matrix).doesNotContain("Retweet").doesNotContain("Reply to messages");
    List<WebElement> rows =
        driver.findElements(By.cssSelector("#tabs\\:googleplus-form\\:matrix tbody tr"));
    for (WebElement row : rows) {
      int ticked = row.findElements(By.cssSelector("input[type='checkbox']:checked")).size();
      String profile = row.findElement(By.tagName("td")).getText();
      // issue 19 point 26: in the demo its Social Manager may View a new account; nobody else
      int expected =
          switch (profile) {
            case "Administrator" -> 3;
            case "Social Manager" -> 1;
            default -> 0;
          };
      assertThat(ticked).as(profile).isEqualTo(expected);
    }
    assertThat(rows)
        .extracting(r -> r.findElement(By.tagName("td")).getText())
        .contains("Administrator", "Standard", "Social Manager");
    assertThat(allById("tabs:googleplus-form:only-administrator")).isEmpty();

    // issue 19 point 26: with no action for any other profile, the tab says only Administrator can
    // use the account yet; granting one ends the notice
    toggleView("googleplus", "Social Manager");
    try {
      assertThat(text("tabs:googleplus-form:only-administrator"))
          .contains("Only Administrator can use this account yet")
          .contains("grant actions below");
    } finally { // the demo's grant back even on a failure: it survives a re-link (S-19)
      toggleView("googleplus", "Social Manager");
    }
    assertThat(allById("tabs:googleplus-form:only-administrator")).isEmpty();
    removeAccount("googleplus");
  }

  @Test
  void facebookAlreadySignedInOffersChangeUserAndTheOtherUserIsLinked() { // S-9, S-10
    signIn(ADMIN, DEMO_PASSWORD);
    openSettings("facebook");
    removeIfLinked("facebook");

    // S-10: an account without a page is removed at once and the user is taken off the page
    addAccount("facebook", () -> signInOnSandbox("nopage@acme.example", "confirm"));
    waiting().until(d -> d.getCurrentUrl().contains("/app/setup/index.xhtml"));
    settle();
    assertThat(text("page-messages")).contains("has no page, so it was removed");
    openSettings("facebook");
    assertThat(allById("tabs:facebook-form:no-account")).as("nothing linked").isNotEmpty();

    // S-9: the network remembers the user: "You are already signed in as …", then Change user
    addAccount(
        "facebook",
        () -> {
          assertThat(text("signed-in")).startsWith("You are already signed in as");
          assertThat(byId("continue").getText()).startsWith("Continue as");
          signInOnSandbox("brand@acme.example", "confirm"); // clicks Change user
        });
    waiting().until(d -> byId("add-page-form:add-page").isDisplayed());
    assertThat(byId("add-page-form:pages").getText())
        .as("the brand's pages, not the first user's")
        .contains("Acme Japan");
    click("add-page-form:pages:0:add");
    waiting().until(d -> !allById("tabs:facebook-form:page-name").isEmpty());
    assertThat(text("tabs:facebook-form:page-name")).isEqualTo("Acme Japan");
    assertThat(text("tabs:facebook-form:status")).isEqualTo("Linked");
    removeAccount("facebook");
  }

  @Test
  void deniedConsentSaysSoAndLinksNothing() { // S-9, S-13, S-15: Cancel / Deny on each network
    signIn(ADMIN, DEMO_PASSWORD);
    for (String[] net :
        new String[][] {
          {"facebook", "cancel", "Facebook"},
          {"twitter", "cancel", "Twitter"},
          {"googleplus", "deny", "Google+"}
        }) {
      openSettings(net[0]);
      removeIfLinked(net[0]);
      addAccount(net[0], () -> signInOnSandbox("brand@acme.example", net[1]));
      waiting().until(d -> text("page-messages").contains("Nothing was linked"));
      assertThat(text("page-messages"))
          .contains("Access was not allowed on " + net[2] + ". Nothing was linked.");
      assertThat(allById("tabs:" + net[0] + "-form:no-account"))
          .as(net[0] + ": nothing linked")
          .isNotEmpty();
      assertThat(allById("tabs:" + net[0] + "-form:account")).isEmpty();
    }
  }

  @Test
  void theSettingsPageInJapaneseEmptyAndLinked() { // S-9, S-13, S-15, S-21: every tab, in 日本語
    signIn(ADMIN, DEMO_PASSWORD);
    openSettings("facebook");
    for (String net : List.of("facebook", "twitter", "googleplus")) {
      openSettings(net);
      removeIfLinked(net);
    }
    switchLanguage("ja");
    try {
      for (String tab : List.of("facebook", "twitter", "googleplus", "access")) {
        openSettings(tab);
        assertThat(text("page-title")).isEqualTo("ソーシャル連携");
        if (!tab.equals("access")) {
          assertThat(text("tabs:" + tab + "-form:add-account")).isEqualTo("アカウントを追加");
        }
        shot("ja-empty-" + tab);
      }

      openSettings("facebook");
      addAccount("facebook", () -> signInOnSandbox("confirm"));
      waiting().until(d -> byId("add-page-form:add-page").isDisplayed());
      assertThat(text("tabs:facebook-form:pending")).contains("連携するページを選んでください");
      shot("ja-facebook-add-page");
      click("add-page-form:pages:0:add");
      waiting().until(d -> !allById("tabs:facebook-form:page-name").isEmpty());
      assertThat(text("tabs:facebook-form:status")).isEqualTo("連携中");
      shot("ja-linked-facebook");

      openSettings("twitter");
      addAccount("twitter", () -> signInOnSandbox("authorize"));
      waiting().until(d -> !allById("tabs:twitter-form:account-name").isEmpty());
      assertThat(text("page-messages")).contains("Twitter のアカウント Acme Japan を").contains("連携しました");
      shot("ja-linked-twitter");

      openSettings("googleplus");
      addAccount("googleplus", () -> signInOnSandbox("allow"));
      waiting().until(d -> byId("add-page-form:add-page").isDisplayed());
      click("add-page-form:pages:0:add");
      waiting().until(d -> !allById("tabs:googleplus-form:page-name").isEmpty());
      shot("ja-linked-googleplus");

      openSettings("access");
      shot("ja-linked-access");

      for (String net : List.of("facebook", "twitter", "googleplus")) {
        openSettings(net);
        removeAccount(net, "はい、今すぐ削除します", "ja-confirm-remove-" + net);
      }
      shot("ja-removed-googleplus");
    } finally {
      switchLanguage("en");
    }
    assertThat(text("page-title")).isEqualTo("Social Integration");
  }

  /** Unticks every action of a profile the demo does not have (a test's), and saves. */
  private void clearGrantsOfProfilesNotInTheDemo(String net) {
    String rows = "#tabs\\:" + net + "-form\\:matrix tbody tr";
    boolean changed = false;
    for (int guard = 0; guard < 200; guard++) {
      WebElement ticked =
          driver.findElements(By.cssSelector(rows)).stream()
              .filter(
                  r ->
                      !List.of("Administrator", "Standard", "Social Manager")
                          .contains(r.findElement(By.tagName("td")).getText()))
              .flatMap(
                  r -> r.findElements(By.cssSelector("input[type='checkbox']:checked")).stream())
              .findFirst()
              .orElse(null);
      if (ticked == null) {
        break;
      }
      ticked.findElement(By.xpath("../../div[contains(@class,'ui-chkbox-box')]")).click();
      settle();
      changed = true;
    }
    if (changed) {
      click("tabs:" + net + "-form:save-actions");
      assertThat(text("page-messages")).contains("actions were saved");
    }
  }

  /** Ticks or unticks {@code profile}'s View on the network's Actions tab and saves. */
  private void toggleView(String net, String profile) {
    WebElement row =
        driver.findElements(By.cssSelector("#tabs\\:" + net + "-form\\:matrix tbody tr")).stream()
            .filter(r -> r.findElement(By.tagName("td")).getText().equals(profile))
            .findFirst()
            .orElseThrow();
    row.findElements(By.cssSelector(".ui-chkbox-box")).get(0).click();
    click("tabs:" + net + "-form:save-actions");
    settle();
    assertThat(text("page-messages")).contains("actions were saved");
  }
}
