package org.crmsocial.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.crmsocial.testsupport.browser.BrowserTest;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** What an administrator does in Setup, through the pages, as a person would. */
@ExtendWith(ArquillianExtension.class)
class AdministratorJourneyPageIT extends BrowserTest {

  private boolean checked(String checkboxId) {
    // PrimeFaces renders the real input hidden beside its styled box.
    return byId(checkboxId + "_input").isSelected();
  }

  @Test
  void clonesAdministratorAndSwitchesManageSocialOnAndOff() { // S-24, S-28
    signIn(ADMIN, DEMO_PASSWORD);
    String name = cloneAdministrator();
    assertThat(checked("profile-form:manage-social"))
        .as("a clone starts as a copy of Administrator")
        .isTrue();

    // Switch Manage Social off, save, reload: it stays off and the two parts stay on (S-25, S-26).
    click("profile-form:manage-social");
    click("profile-form:save");
    assertThat(text("page-messages")).contains("was saved");
    driver.navigate().refresh();
    settle();
    assertThat(checked("profile-form:manage-social")).isFalse();
    assertThat(checked("profile-form:social-tab")).isTrue();
    assertThat(checked("profile-form:social-detail-page")).isTrue();

    // Switch it on again, save, reload: on.
    click("profile-form:manage-social");
    click("profile-form:save");
    driver.navigate().refresh();
    settle();
    assertThat(checked("profile-form:manage-social")).isTrue();
    assertThat(name).startsWith("Journey ");
  }

  /** Clones Administrator through the pages; the clone's name, with its edit page open. */
  private String cloneAdministrator() {
    click("nav-form:nav-setup");
    click("setup-profiles");
    assertThat(pageText()).contains("Administrator").contains("Standard");

    // Clone the Administrator profile (the first row: default profiles come first).
    WebElement adminRow =
        driver.findElements(By.cssSelector("#profiles-form\\:profiles_data tr")).stream()
            .filter(row -> row.getText().startsWith("Administrator"))
            .findFirst()
            .orElseThrow();
    adminRow.findElement(By.cssSelector("button[id$=':clone']")).click();
    settle();
    waiting().until(d -> byId("clone-form:clone-name").isDisplayed());
    String name = "Journey " + System.nanoTime();
    byId("clone-form:clone-name").clear();
    byId("clone-form:clone-name").sendKeys(name);
    click("clone-form:clone-save");
    waiting().until(d -> d.getCurrentUrl().contains("/app/setup/profiles/edit.xhtml"));
    settle();
    assertThat(text("page-title")).contains(name);
    return name;
  }

  // issue 14 point 3: the handler, not the bean, puts a refusal where the page's command says
  @Test
  void aCloneNamedLikeAnotherProfileIsRefusedNextToItsNameAndTheDialogStays() {
    signIn(ADMIN, DEMO_PASSWORD);
    open("/app/setup/profiles/index.xhtml");
    driver.findElements(By.cssSelector("#profiles-form\\:profiles_data tr")).stream()
        .filter(row -> row.getText().startsWith("Administrator"))
        .findFirst()
        .orElseThrow()
        .findElement(By.cssSelector("button[id$=':clone']"))
        .click();
    settle();
    waiting().until(d -> byId("clone-form:clone-name").isDisplayed());
    byId("clone-form:clone-name").clear();
    byId("clone-form:clone-name").sendKeys("Standard");
    click("clone-form:clone-save");
    assertThat(text("clone-form:clone-messages"))
        .contains("There is already a profile named Standard");
    assertThat(byId("clone-form:clone-name").isDisplayed()).as("the dialog stays open").isTrue();
    assertThat(text("page-messages")).doesNotContain("already a profile");
    assertThat(driver.getCurrentUrl()).contains("/app/setup/profiles/index.xhtml");
  }

  @Test
  void aNewUserWithAnotherUsersEmailIsRefusedInTheDialogWhichStaysOpen() {
    signIn(ADMIN, DEMO_PASSWORD);
    open("/app/setup/users/index.xhtml");
    click("users-form:new-user");
    waiting().until(d -> byId("user-form:email").isDisplayed());
    byId("user-form:email").sendKeys(ADMIN.toUpperCase()); // the same email, whatever its case
    String name = "Second admin " + System.nanoTime();
    byId("user-form:name").sendKeys(name);
    // the profile menu's own select, which the form posts: Standard
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript(
            "var s = document.getElementById('user-form:profile_input');"
                + " for (var o of s.options) { if (o.text === 'Standard') { s.value = o.value; } }");
    byId("user-form:password").sendKeys("good-password-1");
    click("user-form:save-user");
    assertThat(text("user-form:user-messages"))
        .contains("There is already a user with the email " + ADMIN);
    assertThat(byId("user-form:email").isDisplayed()).as("the dialog stays open").isTrue();
    assertThat(text("page-messages")).doesNotContain("already a user");
    click("user-form:cancel-user");
  }

  @Test
  void manageSocialIsShownLockedOnTheDefaultProfiles() { // S-28
    signIn(ADMIN, DEMO_PASSWORD);
    click("nav-form:nav-setup");
    click("setup-profiles");
    driver.findElements(By.linkText("Administrator")).get(0).click();
    settle();
    assertThat(byId("profile-form:manage-social_input").isEnabled()).isFalse();
    assertThat(pageText()).contains("Manage Social cannot be changed on the default profiles");
  }

  @Test
  void theAuditLogShowsTheChangeWithBeforeAndAfter() { // issue 19 point 22: in words
    signIn(ADMIN, DEMO_PASSWORD);
    String name = cloneAdministrator();
    click("profile-form:manage-social");
    click("profile-form:save");
    assertThat(text("page-messages")).contains("was saved");
    open("/app/setup/audit.xhtml");
    String log = byId("audit-form:audit").getText();
    assertThat(log)
        .contains("Created the profile " + name + " by cloning")
        .contains("Changed the profile " + name)
        .contains("Manage Social: yes → no")
        .doesNotContain("profile.clone")
        .doesNotContain("manageSocial=");
    shotOf("audit-form:audit", "audit-log-en");
    // the same entries in Japanese, for a Japanese reader
    switchLanguage("ja");
    try {
      assertThat(byId("audit-form:audit").getText())
          .contains("プロファイル " + name + " を変更しました")
          .contains("ソーシャルの管理: はい → いいえ");
      shotOf("audit-form:audit", "audit-log-ja");
    } finally {
      switchLanguage("en"); // the administrator's saved language back to English
    }
  }

  @Test
  void aWrongPasswordIsRefusedWithAPlainMessage() {
    signIn(ADMIN, "not-the-password-1");
    assertThat(driver.getCurrentUrl()).contains("/login.xhtml");
    assertThat(text("login-form:login-messages"))
        .contains("The email or password is not correct, or the account is locked");
  }
}
