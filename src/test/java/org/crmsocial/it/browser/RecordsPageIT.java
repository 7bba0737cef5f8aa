package org.crmsocial.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.crmsocial.testsupport.browser.BrowserTest;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Leads and contacts: lists, validation next to the field, detail with Social Interactions. */
@ExtendWith(ArquillianExtension.class)
class RecordsPageIT extends BrowserTest {

  @Test
  void invalidInputIsShownNextToTheFieldAndNothingIsSaved() {
    signIn(ADMIN, DEMO_PASSWORD);
    open("/app/leads/edit.xhtml");
    String last = "Invalid" + System.nanoTime();
    byId("edit-form:lastName").sendKeys(last);
    byId("edit-form:email").sendKeys("not an email");
    click("edit-form:save");
    assertThat(text("edit-form:email-message")).contains("valid email");
    assertThat(driver.getCurrentUrl()).contains("/app/leads/edit.xhtml");
    open("/app/leads/index.xhtml");
    byId("list-form:search").sendKeys(last);
    waiting().until(d -> text("list-form:records").contains("No leads"));
  }

  @Test
  void aNewLeadOpensOnItsDetailPageWithItsSocialInteractions() { // S-4
    signIn(ADMIN, DEMO_PASSWORD);
    open("/app/leads/index.xhtml");
    click("list-form:new-record");
    String last = "Journey" + System.nanoTime();
    byId("edit-form:lastName").sendKeys(last);
    byId("edit-form:firstName").sendKeys("Ken");
    byId("edit-form:email").sendKeys("ken@example.com");
    click("edit-form:save");
    waiting().until(d -> d.getCurrentUrl().contains("/app/leads/view.xhtml"));
    settle();
    // issue 19 point 19: names in one order: the title and the Name row agree (English reader)
    assertThat(text("record-name")).isEqualTo("Ken " + last);
    assertThat(text("page-title")).isEqualTo("Ken " + last);
    // Stored in UTC, shown in the organization's zone (Asia/Tokyo), whatever the server's zone.
    java.time.format.DateTimeFormatter minute =
        java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    java.time.ZonedDateTime tokyo = java.time.ZonedDateTime.now(java.time.ZoneId.of("Asia/Tokyo"));
    assertThat(text("record-created"))
        .isIn(
            tokyo.format(minute),
            tokyo.minusMinutes(1).format(minute),
            tokyo.minusMinutes(2).format(minute));
    assertThat(text("social-interactions")).contains("Social Interactions");
    open("/app/leads/index.xhtml");
    byId("list-form:search").sendKeys(last);
    waiting().until(d -> text("list-form:records").contains(last));
  }

  @Test
  void anUnknownRecordAnswersNotFound() {
    signIn(ADMIN, DEMO_PASSWORD);
    open("/app/contacts/view.xhtml?id=999999999");
    assertThat(text("error-title")).isEqualTo("Not found");
    open("/app/contacts/view.xhtml?id=abc");
    assertThat(text("error-title")).isEqualTo("Not found");
  }

  @Test
  void theContactListPagesThroughTheDemoContacts() {
    signIn(ADMIN, DEMO_PASSWORD);
    open("/app/contacts/index.xhtml");
    assertThat(text("list-form:records")).contains("of");
  }
}
