package org.crmsocial.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.crmsocial.security.entity.Edition;
import org.crmsocial.security.entity.Profile;
import org.crmsocial.security.entity.User;
import org.junit.jupiter.api.Test;

/** The permission rules of {@link AccessPolicy}, as pure functions of a user and an edition. */
class AccessPolicyTest {

  private static final Profile ADMINISTRATOR = Profile.administrator("Administrator");
  private static final Profile STANDARD = Profile.standard("Standard");

  private static User user(Profile profile) {
    return new User("someone@example.com", "Someone", "en", profile, OffsetDateTime.now());
  }

  @Test
  void administrativeOperationsNeedAnAdministrativeProfileOrTheSuperAdministrator() { // S-29
    assertThat(AccessPolicy.mayAdminister(user(ADMINISTRATOR))).isTrue();
    assertThat(AccessPolicy.mayAdminister(user(STANDARD))).isFalse();
    User superAdmin = user(STANDARD);
    superAdmin.makeSuperAdmin();
    assertThat(AccessPolicy.mayAdminister(superAdmin)).isTrue();
    Profile adminClone = ADMINISTRATOR.cloneAs("Ops");
    assertThat(AccessPolicy.mayAdminister(user(adminClone))).isTrue();
    adminClone.setAdministrative(false);
    assertThat(AccessPolicy.mayAdminister(user(adminClone))).isFalse();
  }

  @Test
  void onlyTheSuperAdministratorOrAdministrativeUsersEditProfiles() { // S-23
    assertThat(AccessPolicy.mayEditProfiles(user(ADMINISTRATOR))).isTrue();
    assertThat(AccessPolicy.mayEditProfiles(user(STANDARD))).isFalse();
    Profile socialManager = ADMINISTRATOR.cloneAs("Social Manager");
    socialManager.setAdministrative(false);
    assertThat(AccessPolicy.mayEditProfiles(user(socialManager)))
        .as("Manage Social alone does not let a user grant it to others")
        .isFalse();
    assertThat(AccessPolicy.mayEditProfiles(null)).isFalse();
  }

  @Test
  void theSocialSettingsNeedManageSocial() { // S-5, S-22
    assertThat(AccessPolicy.mayManageSocial(user(ADMINISTRATOR), Edition.ENTERPRISE)).isTrue();
    assertThat(AccessPolicy.mayManageSocial(user(STANDARD), Edition.ENTERPRISE)).isFalse();
    Profile socialManager = ADMINISTRATOR.cloneAs("Social Manager");
    socialManager.setAdministrative(false);
    assertThat(AccessPolicy.mayManageSocial(user(socialManager), Edition.ENTERPRISE)).isTrue();
  }

  @Test
  void socialNeedsProfessionalOrEnterprise() { // S-7
    User admin = user(ADMINISTRATOR);
    for (Edition edition : Edition.values()) {
      boolean included = edition == Edition.PROFESSIONAL || edition == Edition.ENTERPRISE;
      assertThat(AccessPolicy.mayManageSocial(admin, edition))
          .as(edition.name())
          .isEqualTo(included);
      assertThat(AccessPolicy.mayOpenSocialTab(admin, edition))
          .as(edition.name())
          .isEqualTo(included);
      assertThat(AccessPolicy.mayAssociatePeople(admin, edition))
          .as(edition.name())
          .isEqualTo(included);
    }
  }

  @Test
  void withoutManageSocialTheSocialTabStaysOpen() { // S-25
    Profile clone = ADMINISTRATOR.cloneAs("Former manager");
    clone.setManageSocial(false);
    User user = user(clone);
    assertThat(AccessPolicy.mayManageSocial(user, Edition.ENTERPRISE)).isFalse();
    assertThat(AccessPolicy.mayOpenSocialTab(user, Edition.ENTERPRISE)).isTrue();
  }

  @Test
  void withoutManageSocialAssociatingStaysAllowedWhileTheDetailPagePartIsOn() { // S-26
    Profile clone = ADMINISTRATOR.cloneAs("Former manager");
    clone.setManageSocial(false);
    assertThat(AccessPolicy.mayAssociatePeople(user(clone), Edition.ENTERPRISE)).isTrue();
    clone.setSocialDetailPage(false);
    assertThat(AccessPolicy.mayAssociatePeople(user(clone), Edition.ENTERPRISE)).isFalse();
  }

  @Test
  void switchingTheSocialTabOffDisablesItCompletely() { // S-27
    Profile clone = STANDARD.cloneAs("No social");
    clone.setSocialTab(false);
    assertThat(AccessPolicy.mayOpenSocialTab(user(clone), Edition.ENTERPRISE)).isFalse();
  }

  @Test
  void aDeactivatedUserMayDoNothing() {
    User admin = user(ADMINISTRATOR);
    admin.deactivate();
    assertThat(AccessPolicy.mayAdminister(admin)).isFalse();
    assertThat(AccessPolicy.mayManageSocial(admin, Edition.ENTERPRISE)).isFalse();
    assertThat(AccessPolicy.mayOpenSocialTab(admin, Edition.ENTERPRISE)).isFalse();
  }
}
