package org.crmsocial.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.crmsocial.testsupport.browser.BrowserTest;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A user on the Standard profile (the demo's, whose language is Japanese). */
@ExtendWith(ArquillianExtension.class)
class StandardUserJourneyPageIT extends BrowserTest {

  @Test
  void findsNoWayIntoSecurityControl() { // S-23, S-29
    signIn(STANDARD_JA, DEMO_PASSWORD);
    assertThat(allById("nav-form:nav-leads")).as("signed in, with the menu").hasSize(1);
    assertThat(allById("nav-form:nav-setup")).as("the menu does not offer Setup").isEmpty();
    open("/app/setup/profiles/index.xhtml");
    assertThat(text("error-title")).isEqualTo("アクセスできません");
    open("/app/setup/profiles/edit.xhtml?id=1");
    assertThat(allById("profile-form")).isEmpty();
    open("/app/setup/users/index.xhtml");
    assertThat(allById("users-form")).isEmpty();
  }

  @Test
  void cannotOpenTheSocialSettings() { // S-5, S-22
    signIn(STANDARD_JA, DEMO_PASSWORD);
    open("/app/setup/social/index.xhtml");
    assertThat(allById("error-title")).hasSize(1);
    open("/social/connect/facebook");
    assertThat(allById("error-title")).hasSize(1);
  }

  @Test
  void seesThePagesInJapanese() {
    signIn(STANDARD_JA, DEMO_PASSWORD);
    assertThat(text("nav-form:nav-leads")).isEqualTo("見込み客");
    assertThat(text("nav-form:nav-contacts")).isEqualTo("連絡先");
    assertThat(text("page-title")).isEqualTo("ホーム");
    open("/app/leads/index.xhtml");
    assertThat(pageText()).contains("名前").contains("会社名");
  }

  @Test
  void seesTheSocialTabAskingForAnAdministrator() { // S-6, S-25
    withNothingLinked( // whatever another class left linked
        () -> {
          signIn(STANDARD_JA, DEMO_PASSWORD);
          click("nav-form:nav-social");
          assertThat(text("social-not-set-up")).contains("管理者に依頼してください");
        });
  }
}
