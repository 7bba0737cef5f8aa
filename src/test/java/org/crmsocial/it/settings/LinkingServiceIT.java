package org.crmsocial.it.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Map;
import org.crmsocial.app.control.DemoData;
import org.crmsocial.platform.control.AccessDenied;
import org.crmsocial.platform.control.Clock;
import org.crmsocial.platform.control.RuleViolation;
import org.crmsocial.security.control.AccessPolicy;
import org.crmsocial.security.control.OrganizationService;
import org.crmsocial.security.entity.Edition;
import org.crmsocial.security.entity.Profile;
import org.crmsocial.security.entity.SystemProfile;
import org.crmsocial.social.provider.model.AuthorizationRequest;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.ProviderException;
import org.crmsocial.social.settings.control.AccountRemoval;
import org.crmsocial.social.settings.control.AccountSummary;
import org.crmsocial.social.settings.control.ActionMatrix;
import org.crmsocial.social.settings.control.ActionMatrixService;
import org.crmsocial.social.settings.control.LinkResult;
import org.crmsocial.social.settings.control.LinkingService;
import org.crmsocial.social.settings.control.PendingLinkExpiry;
import org.crmsocial.social.settings.control.SocialAccountDirectory;
import org.crmsocial.social.settings.control.TabAccessService;
import org.crmsocial.social.settings.entity.AccountStatus;
import org.crmsocial.social.settings.entity.SocialAccount;
import org.crmsocial.social.settings.entity.SocialAction;
import org.crmsocial.testsupport.Deployments;
import org.crmsocial.testsupport.TestCurrentUser;
import org.crmsocial.testsupport.TestData;
import org.eclipse.microprofile.config.Config;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Linking in the running server against the sandbox networks: who may link (S-5, S-7), the state
 * and consent checks, the page rules (S-10, S-11, S-16) and the pending timer, default grants (S-9,
 * S-13, S-15), removal (S-17, S-18, S-20), resuming (S-19) and Social tab access (S-27). Each test
 * leaves no linked account behind.
 */
@ExtendWith(ArquillianExtension.class)
class LinkingServiceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.productWarWith(LinkingServiceIT.class);
  }

  @EJB LinkingService linking;
  @EJB ActionMatrixService matrixService;
  @EJB TabAccessService tabAccessService;
  @EJB AccountRemoval removal;
  @EJB PendingLinkExpiry expiry;
  @EJB SocialAccountDirectory directory;
  @EJB OrganizationService organization;
  @EJB TestData data;
  @EJB SettingsFixture fixture;
  @Inject TestCurrentUser as;
  @Inject AccessPolicy policy;
  @Inject Config config;

  private String base() {
    return "http://localhost:" + config.getOptionalValue("http.port", String.class).orElse("9080");
  }

  @BeforeEach
  @AfterEach
  void noLinkedAccounts() {
    as.signInAs(data.superAdminEmail());
    for (AccountSummary account : linking.accounts()) {
      if (!account.isRemoved()) {
        removal.remove(account.id());
      }
    }
  }

  /** Add Account through to the callback, signing in on the sandbox as {@code login}. */
  private LinkResult link(Network network, String login) {
    AuthorizationRequest started = linking.start(network, base());
    Map<String, String> back = SandboxConsent.allow(started.url(), network, login);
    assertThat(back.get("state")).isEqualTo(started.state());
    return linking.complete(network, back.get("state"), back.get("code"), back.get("error"));
  }

  private AccountSummary live(Network network) {
    return linking.accounts().stream()
        .filter(a -> a.network() == network && !a.isRemoved())
        .findFirst()
        .orElse(null);
  }

  @Test
  void
      aStandardUserIsRefusedEverything() { // S-1, S-5, S-22: only Manage Social users set Social up
    as.signInAs(data.user(data.systemProfile(SystemProfile.STANDARD).getId(), "en"));
    assertThatThrownBy(() -> linking.start(Network.FACEBOOK, base()))
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> linking.complete(Network.FACEBOOK, "s", "c", null))
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> linking.accounts()).isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> tabAccessService.tabAccess()).isInstanceOf(AccessDenied.class);
  }

  @Test
  void anEditionWithoutSocialIsRefused() { // S-7
    as.signInAs(data.superAdminEmail());
    organization.changeEdition(Edition.STANDARD);
    try {
      assertThatThrownBy(() -> linking.start(Network.TWITTER, base()))
          .isInstanceOf(AccessDenied.class)
          .hasMessageContaining("security.access.editionWithoutSocial");
    } finally {
      organization.changeEdition(Edition.ENTERPRISE);
    }
  }

  @Test
  void aForgedReplayedOrCrossNetworkStateLinksNothing() {
    as.signInAs(data.superAdminEmail());
    assertThatThrownBy(() -> linking.complete(Network.TWITTER, "forged-state", "code", null))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("social.settings.error.badState");

    AuthorizationRequest facebook = linking.start(Network.FACEBOOK, base());
    assertThatThrownBy(() -> linking.complete(Network.TWITTER, facebook.state(), "code", null))
        .as("a state is good only for its own network")
        .hasMessageContaining("social.settings.error.badState");

    AuthorizationRequest started = linking.start(Network.TWITTER, base());
    assertThat(started.url())
        .contains("code_challenge_method=S256")
        .contains("state=" + started.state());
    Map<String, String> back =
        SandboxConsent.allow(started.url(), Network.TWITTER, "brand@acme.example");
    assertThatThrownBy(
            () -> linking.complete(Network.TWITTER, back.get("state"), "not-the-code", null))
        .isInstanceOf(ProviderException.BadRequest.class);
    assertThatThrownBy(
            () -> linking.complete(Network.TWITTER, back.get("state"), back.get("code"), null))
        .as("replayed state")
        .hasMessageContaining("social.settings.error.badState");
    assertThat(live(Network.TWITTER)).isNull();
  }

  @Test
  void deniedConsentLinksNothing() {
    as.signInAs(data.superAdminEmail());
    AuthorizationRequest started = linking.start(Network.GOOGLE_PLUS, base());
    Map<String, String> back =
        SandboxConsent.deny(started.url(), Network.GOOGLE_PLUS, "brand@acme.example");
    assertThat(back.get("error")).isEqualTo("access_denied");
    assertThatThrownBy(
            () ->
                linking.complete(
                    Network.GOOGLE_PLUS, back.get("state"), back.get("code"), back.get("error")))
        .hasMessageContaining("social.settings.error.denied");
    assertThat(live(Network.GOOGLE_PLUS)).isNull();
  }

  @Test
  void twitterIsLinkedAtOnceWithEncryptedTokensAndAdministratorHoldsEveryAction() { // S-13, S-9
    as.signInAs(data.superAdminEmail());
    LinkResult result = link(Network.TWITTER, "brand@acme.example");
    assertThat(result.status()).isEqualTo(AccountStatus.ACTIVE);
    AccountSummary account = live(Network.TWITTER);
    assertThat(account.handle()).isEqualTo("acme_jp");
    assertThat(account.linkedBy()).isEqualTo(data.superAdminEmail());
    assertThat(account.scopes()).contains("tweet.write", "dm.write");
    SocialAccount stored = fixture.account(account.id());
    assertThat(stored.getAccessToken()).startsWith("v1:");
    assertThat(stored.getRefreshToken()).startsWith("v1:");

    ActionMatrix matrix = matrixService.matrix(account.id());
    assertThat(matrix.actions()).hasSize(8);
    ActionMatrix.Row admin = row(matrix, "Administrator");
    ActionMatrix.Row standard = row(matrix, "Standard");
    assertThat(admin.granted())
        .containsExactlyInAnyOrderElementsOf(SocialAction.of(Network.TWITTER));
    assertThat(standard.granted()).isEmpty();
    // issue 19 point 26: the demo lets its Social Manager view a new account; nobody else
    assertThat(row(matrix, DemoData.SOCIAL_MANAGER).granted()).containsExactly(SocialAction.VIEW);
    assertThat(matrix.isOnlyAdministrator()).isFalse();

    // the administrator lets Standard view and reply (S-9 step 7), in one audited save
    Profile standardProfile = data.systemProfile(SystemProfile.STANDARD);
    int audited = data.auditFor(stored.describe() + " / " + standardProfile.getName()).size();
    matrixService.saveGrants(
        account.id(),
        Map.of(standardProfile.getId(), EnumSet.of(SocialAction.VIEW, SocialAction.REPLY)));
    assertThat(row(matrixService.matrix(account.id()), "Standard").granted())
        .containsExactlyInAnyOrder(SocialAction.VIEW, SocialAction.REPLY);
    assertThat(data.auditFor(stored.describe() + " / " + standardProfile.getName()))
        .hasSize(audited + 1);

    assertThatThrownBy(() -> linking.start(Network.TWITTER, base()))
        .as("one linked account per network")
        .hasMessageContaining("social.settings.error.alreadyLinked");
  }

  private static ActionMatrix.Row row(ActionMatrix matrix, String profile) {
    return matrix.rows().stream()
        .filter(r -> r.getProfileName().equals(profile))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aFacebookOrGoogleAccountWithoutAPageIsRemovedAtOnce() { // S-10, S-16
    as.signInAs(data.superAdminEmail());
    LinkResult facebook = link(Network.FACEBOOK, "nopage@acme.example");
    assertThat(facebook.outcome()).isEqualTo(LinkResult.Outcome.NO_PAGE);
    assertThat(facebook.status()).isEqualTo(AccountStatus.REMOVED);
    assertThat(live(Network.FACEBOOK)).isNull();
    assertThat(fixture.account(facebook.accountId()).getAccessToken()).as("tokens erased").isNull();

    LinkResult google = link(Network.GOOGLE_PLUS, "nopage@acme.example");
    assertThat(google.outcome()).isEqualTo(LinkResult.Outcome.NO_PAGE);
    assertThat(live(Network.GOOGLE_PLUS)).isNull();
  }

  @Test
  void closingAddPageWithoutAddingRemovesTheAccount() { // S-11, S-16
    as.signInAs(data.superAdminEmail());
    LinkResult facebook = link(Network.FACEBOOK, "brand@acme.example");
    assertThat(facebook.status()).isEqualTo(AccountStatus.PENDING_PAGE);
    assertThat(linking.pages(facebook.accountId()))
        .extracting(p -> p.id() + " " + p.name())
        .containsExactly("1049 Acme Japan");
    assertThat(linking.cancelAddPage(facebook.accountId())).isTrue();
    assertThat(live(Network.FACEBOOK)).isNull();
    assertThatThrownBy(() -> linking.addPage(facebook.accountId(), "1049"))
        .hasMessageContaining("social.settings.error.accountRemoved");
  }

  @Test
  void addPageActivatesTheGoogleAccount() { // S-15
    as.signInAs(data.superAdminEmail());
    LinkResult google = link(Network.GOOGLE_PLUS, "brand@acme.example");
    assertThat(google.status()).isEqualTo(AccountStatus.PENDING_PAGE);
    linking.addPage(google.accountId(), "1065");
    AccountSummary account = live(Network.GOOGLE_PLUS);
    assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(account.pageId()).isEqualTo("1065");
    assertThat(linking.cancelAddPage(google.accountId()))
        .as("an active account is not removed by a late close")
        .isFalse();
    assertThat(row(matrixService.matrix(google.accountId()), "Administrator").granted())
        .containsExactlyInAnyOrder(
            SocialAction.VIEW, SocialAction.POST, SocialAction.COMMENT); // S-15
  }

  @Test
  void theTimerRemovesAnAccountStillWaitingForItsPageAfterFifteenMinutes() { // S-11, S-16
    as.signInAs(data.superAdminEmail());
    LinkResult facebook = link(Network.FACEBOOK, "brand@acme.example");
    fixture.pendingSince(facebook.accountId(), Clock.now().minusMinutes(14));
    expiry.expire(Clock.now());
    assertThat(fixture.account(facebook.accountId()).getStatus())
        .isEqualTo(AccountStatus.PENDING_PAGE);

    fixture.pendingSince(facebook.accountId(), Clock.now().minusMinutes(16));
    assertThat(expiry.expire(Clock.now())).isGreaterThanOrEqualTo(1);
    SocialAccount removed = fixture.account(facebook.accountId());
    assertThat(removed.getStatus()).isEqualTo(AccountStatus.REMOVED);
    assertThat(removed.getAccessToken()).isNull();
  }

  @Test
  void removingEveryAccountKeepsLeadsAndContactsAndTurnsIntegrationOff() { // S-17, S-18, S-20
    as.signInAs(data.superAdminEmail());
    link(Network.TWITTER, "brand@acme.example");
    LinkResult google = link(Network.GOOGLE_PLUS, "brand@acme.example");
    linking.addPage(google.accountId(), "1065");
    fixture.socialLeadAndContact();
    long records = fixture.leadsAndContacts();
    assertThat(directory.linkedNetworks())
        .containsExactlyInAnyOrder(Network.TWITTER, Network.GOOGLE_PLUS);

    removal.remove(live(Network.TWITTER).id());
    assertThat(directory.integrationOn()).isTrue();
    removal.remove(google.accountId());

    assertThat(directory.linkedNetworks())
        .as("S-18: the Social tab shows the welcome screen")
        .isEmpty();
    assertThat(directory.integrationOn()).isFalse();
    assertThat(fixture.leadsAndContacts()).as("S-20").isEqualTo(records);
    SocialAccount removed = fixture.account(google.accountId());
    assertThat(removed.getStatus()).isEqualTo(AccountStatus.REMOVED);
    assertThat(removed.getAccessToken()).isNull();
    assertThat(removed.getRefreshToken()).isNull();
    assertThat(removed.getPage().getExternalPageId()).as("data kept, hidden").isEqualTo("1065");
  }

  @Test
  void relinkingTheSameAccountResumesItsRowAndGrants() { // S-19
    as.signInAs(data.superAdminEmail());
    LinkResult first = link(Network.TWITTER, "brand@acme.example");
    Profile standard = data.systemProfile(SystemProfile.STANDARD);
    matrixService.saveGrants(
        first.accountId(), Map.of(standard.getId(), EnumSet.of(SocialAction.VIEW)));
    removal.remove(first.accountId());

    LinkResult again = link(Network.TWITTER, "brand@acme.example");
    assertThat(again.outcome()).isEqualTo(LinkResult.Outcome.RESUMED);
    assertThat(again.accountId()).isEqualTo(first.accountId());
    assertThat(row(matrixService.matrix(again.accountId()), "Standard").granted())
        .containsExactly(SocialAction.VIEW);

    removal.remove(again.accountId());
    removal.eraseData(again.accountId());
    assertThat(linking.accounts()).noneMatch(a -> a.id() == again.accountId());
  }

  @Test
  void theAccessTabSwitchesTheSocialTabOffCompletely() { // S-27
    as.signInAs(data.superAdminEmail());
    Profile clone = data.cloneOf(SystemProfile.STANDARD, false);
    String member = data.user(clone.getId(), "en");
    tabAccessService.saveTabAccess(Map.of(clone.getId(), false));
    assertThat(data.profile(clone.getId()).isSocialTab()).isFalse();
    assertThat(data.profile(clone.getId()).isSocialDetailPage())
        .as("only the Social tab changes")
        .isTrue();
    assertThat(data.auditFor(clone.getName()))
        .extracting(a -> a.getAction())
        .contains("social.access.update");
    as.signInAs(member);
    assertThat(policy.canOpenSocialTab()).isFalse();
  }
}
