package org.crmsocial.it.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.crmsocial.platform.control.AccessDenied;
import org.crmsocial.platform.control.NotFound;
import org.crmsocial.platform.control.RuleViolation;
import org.crmsocial.security.boundary.AuditText;
import org.crmsocial.security.control.AccessPolicy;
import org.crmsocial.security.control.OrganizationService;
import org.crmsocial.security.control.ProfileChanges;
import org.crmsocial.security.control.ProfileService;
import org.crmsocial.security.entity.Edition;
import org.crmsocial.security.entity.Profile;
import org.crmsocial.security.entity.SystemProfile;
import org.crmsocial.testsupport.Deployments;
import org.crmsocial.testsupport.TestCurrentUser;
import org.crmsocial.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Security Control &gt; Profiles in the running server: who may change profiles (S-23, S-29), the
 * lock on the default profiles (S-28), the independent Social permissions (S-24..S-27), the edition
 * (S-7), and that every refusal changes nothing while every change is audited.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityControlIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.productWarWith(SecurityControlIT.class);
  }

  @EJB ProfileService profiles;
  @EJB OrganizationService organization;
  @EJB TestData data;
  @Inject TestCurrentUser as;
  @Inject AccessPolicy policy;

  private static ProfileChanges changes(
      Profile p, boolean manageSocial, boolean detailPage, boolean socialTab) {
    return new ProfileChanges(
        p.getName(), p.getDescription(), p.isAdministrative(), manageSocial, detailPage, socialTab);
  }

  @Test
  void aStandardUserCannotTouchProfiles() { // S-23, S-29
    Profile admin = data.systemProfile(SystemProfile.ADMINISTRATOR);
    as.signInAs(data.user(data.systemProfile(SystemProfile.STANDARD).getId(), "en"));
    assertThatThrownBy(() -> profiles.list()).isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> profiles.cloneProfile(admin.getId(), TestData.unique("Forged")))
        .isInstanceOf(AccessDenied.class);
    Profile clone = data.cloneOf(SystemProfile.ADMINISTRATOR, false);
    assertThatThrownBy(
            () ->
                profiles.update(
                    clone.getId(), clone.getVersion(), changes(clone, false, true, true)))
        .isInstanceOf(AccessDenied.class);
    assertThat(data.profile(clone.getId()).isManageSocial()).as("nothing changed").isTrue();
  }

  @Test
  void manageSocialAloneDoesNotLetAUserGrantIt() { // S-23
    Profile socialManager = data.cloneOf(SystemProfile.ADMINISTRATOR, false);
    as.signInAs(data.user(socialManager.getId(), "en"));
    assertThat(policy.canManageSocial()).isTrue();
    assertThatThrownBy(
            () ->
                profiles.update(
                    socialManager.getId(),
                    socialManager.getVersion(),
                    changes(socialManager, true, true, true)))
        .isInstanceOf(AccessDenied.class);
  }

  @Test
  void anAdministrativeUserWhoIsNotTheSuperAdministratorMayChangeProfiles() { // S-23, S-29
    Profile ops = data.cloneOf(SystemProfile.ADMINISTRATOR, true);
    as.signInAs(data.user(ops.getId(), "en"));
    Profile target = data.cloneOf(SystemProfile.ADMINISTRATOR, false);
    Profile saved =
        profiles.update(target.getId(), target.getVersion(), changes(target, false, true, true));
    assertThat(saved.isManageSocial()).isFalse();
  }

  @Test
  void manageSocialIsLockedOnTheDefaultProfiles() { // S-28
    as.signInAs(data.superAdminEmail());
    Profile admin = data.systemProfile(SystemProfile.ADMINISTRATOR);
    Profile standard = data.systemProfile(SystemProfile.STANDARD);
    int auditBefore = data.auditFor(admin.getName()).size();
    assertThatThrownBy(
            () ->
                profiles.update(
                    admin.getId(), admin.getVersion(), changes(admin, false, true, true)))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("security.profile.error.manageSocialLocked");
    assertThatThrownBy(
            () ->
                profiles.update(
                    standard.getId(), standard.getVersion(), changes(standard, true, true, true)))
        .hasMessageContaining("security.profile.error.manageSocialLocked");
    assertThat(data.profile(admin.getId()).isManageSocial()).isTrue();
    assertThat(data.profile(standard.getId()).isManageSocial()).isFalse();
    assertThat(data.auditFor(admin.getName()))
        .as("a refusal is not audited as a change")
        .hasSize(auditBefore);
  }

  @Test
  void aCloneOfAdministratorSwitchesManageSocialAndKeepsBothParts() { // S-24, S-25, S-26, S-28
    as.signInAs(data.superAdminEmail());
    Profile admin = data.systemProfile(SystemProfile.ADMINISTRATOR);
    Profile clone = profiles.cloneProfile(admin.getId(), TestData.unique("Social Manager"));
    assertThat(clone.isManageSocial()).isTrue();

    Profile off =
        profiles.update(clone.getId(), clone.getVersion(), changes(clone, false, true, true));
    Profile reloaded = data.profile(clone.getId());
    assertThat(reloaded.isManageSocial()).isFalse();
    assertThat(reloaded.isSocialTab()).as("S-25").isTrue();
    assertThat(reloaded.isSocialDetailPage()).as("S-26").isTrue();

    String member = data.user(clone.getId(), "en");
    as.signInAs(member);
    assertThat(policy.canManageSocial()).isFalse();
    assertThat(policy.canOpenSocialTab()).as("S-25: may still view the Social tab").isTrue();
    assertThat(policy.canAssociatePeople()).as("S-26: may still associate").isTrue();

    as.signInAs(data.superAdminEmail());
    Profile on = profiles.update(clone.getId(), off.getVersion(), changes(off, true, true, true));
    assertThat(on.isManageSocial()).isTrue();
    assertThat(data.auditFor(clone.getName()))
        .filteredOn(a -> a.getAction().equals("profile.update"))
        .extracting(a -> AuditText.details(a.getDetail(), java.util.Locale.ENGLISH))
        .anySatisfy(lines -> assertThat(lines).contains("Manage Social: no → yes"));
  }

  @Test
  void switchingTheSocialTabOffClosesIt() { // S-27
    as.signInAs(data.superAdminEmail());
    Profile clone = data.cloneOf(SystemProfile.STANDARD, false);
    profiles.update(clone.getId(), clone.getVersion(), changes(clone, false, true, false));
    as.signInAs(data.user(clone.getId(), "en"));
    assertThat(policy.canOpenSocialTab()).isFalse();
    assertThatThrownBy(() -> policy.requireSocialTab()).isInstanceOf(AccessDenied.class);
  }

  @Test
  void socialNeedsProfessionalOrEnterpriseAndOnlyTheSuperAdministratorChangesTheEdition() { // S-7
    Profile ops = data.cloneOf(SystemProfile.ADMINISTRATOR, true);
    as.signInAs(data.user(ops.getId(), "en"));
    assertThatThrownBy(() -> organization.changeEdition(Edition.FREE))
        .isInstanceOf(AccessDenied.class);
    as.signInAs(data.superAdminEmail());
    Edition before = organization.edition();
    try {
      organization.changeEdition(Edition.STANDARD);
      assertThat(policy.canManageSocial()).isFalse();
      assertThat(policy.canOpenSocialTab()).isFalse();
      assertThatThrownBy(() -> policy.requireManageSocial()).isInstanceOf(AccessDenied.class);
      organization.changeEdition(Edition.PROFESSIONAL);
      assertThat(policy.canManageSocial()).isTrue();
    } finally {
      organization.changeEdition(before);
    }
  }

  @Test
  void badInputIsRefusedWithAClearMessageAndChangesNothing() {
    as.signInAs(data.superAdminEmail());
    Profile clone = data.cloneOf(SystemProfile.ADMINISTRATOR, false);
    assertThatThrownBy(() -> profiles.find(Long.MAX_VALUE)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> profiles.cloneProfile(clone.getId(), clone.getName().toUpperCase()))
        .hasMessageContaining("security.profile.error.nameTaken");
    assertThatThrownBy(() -> profiles.cloneProfile(clone.getId(), "x".repeat(81)))
        .hasMessageContaining("security.profile.error.nameTooLong");
    ProfileChanges rename = new ProfileChanges("Renamed", null, false, false, true, true);
    assertThatThrownBy(() -> profiles.update(clone.getId(), clone.getVersion() - 1, rename))
        .hasMessageContaining("platform.error.staleData");
    assertThat(data.profile(clone.getId()).getName()).isEqualTo(clone.getName());
  }

  @Test
  void onlyAnUnusedCloneCanBeDeleted() {
    as.signInAs(data.superAdminEmail());
    Profile inUse = data.cloneOf(SystemProfile.STANDARD, false);
    data.user(inUse.getId(), "en");
    assertThatThrownBy(() -> profiles.delete(inUse.getId(), inUse.getVersion()))
        .hasMessageContaining("security.profile.error.inUse");
    Profile standard = data.systemProfile(SystemProfile.STANDARD);
    assertThatThrownBy(() -> profiles.delete(standard.getId(), standard.getVersion()))
        .hasMessageContaining("security.profile.error.systemNotDeletable");
    Profile unused = data.cloneOf(SystemProfile.STANDARD, false);
    profiles.delete(unused.getId(), unused.getVersion());
    assertThat(data.profile(unused.getId())).isNull();
    assertThat(data.auditFor(unused.getName()))
        .extracting(a -> a.getAction())
        .contains("profile.delete");
  }
}
