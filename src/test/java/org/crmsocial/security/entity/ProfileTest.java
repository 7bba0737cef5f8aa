package org.crmsocial.security.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.crmsocial.platform.control.RuleViolation;
import org.junit.jupiter.api.Test;

/** The invariants a profile keeps whoever calls it (DESIGN.md §3). */
class ProfileTest {

  @Test
  void administratorIsInstalledWithEverySocialPermission() { // S-7, S-24
    Profile admin = Profile.administrator("Administrator");
    assertThat(admin.isAdministrative()).isTrue();
    assertThat(admin.isManageSocial()).isTrue();
    assertThat(admin.isSocialDetailPage()).isTrue();
    assertThat(admin.isSocialTab()).isTrue();
  }

  @Test
  void standardIsInstalledWithoutManageSocial() { // S-24, S-28
    Profile standard = Profile.standard("Standard");
    assertThat(standard.isAdministrative()).isFalse();
    assertThat(standard.isManageSocial()).isFalse();
    assertThat(standard.isSocialDetailPage()).isTrue();
    assertThat(standard.isSocialTab()).isTrue();
  }

  @Test
  void manageSocialCannotBeSwitchedOffOnAdministrator() { // S-28
    Profile admin = Profile.administrator("Administrator");
    assertThat(admin.isManageSocialEditable()).isFalse();
    assertThatThrownBy(() -> admin.setManageSocial(false))
        .isInstanceOf(RuleViolation.class)
        .extracting(e -> ((RuleViolation) e).getKey())
        .isEqualTo("security.profile.error.manageSocialLocked");
    assertThat(admin.isManageSocial()).isTrue();
  }

  @Test
  void manageSocialCannotBeSwitchedOnOnStandard() { // S-28
    Profile standard = Profile.standard("Standard");
    assertThatThrownBy(() -> standard.setManageSocial(true)).isInstanceOf(RuleViolation.class);
    assertThat(standard.isManageSocial()).isFalse();
  }

  @Test
  void savingTheSameLockedValueIsNotAChange() { // S-28: the edit screen submits the disabled value
    // unchanged
    Profile admin = Profile.administrator("Administrator");
    admin.setManageSocial(true);
    assertThat(admin.isManageSocial()).isTrue();
  }

  @Test
  void aCloneOfAdministratorCanHaveManageSocialSwitchedEitherWay() { // S-28
    Profile clone = Profile.administrator("Administrator").cloneAs("Social Manager");
    assertThat(clone.isSystem()).isFalse();
    assertThat(clone.isManageSocial()).as("a clone starts as a copy").isTrue();
    assertThat(clone.isManageSocialEditable()).isTrue();
    clone.setManageSocial(false);
    assertThat(clone.isManageSocial()).isFalse();
    clone.setManageSocial(true);
    assertThat(clone.isManageSocial()).isTrue();
  }

  @Test
  void aCloneOfACloneOfAdministratorIsStillEditable() { // S-28: the lineage counts, not the parent
    Profile grandchild = Profile.administrator("Administrator").cloneAs("A").cloneAs("B");
    assertThat(grandchild.getLineage()).isEqualTo(SystemProfile.ADMINISTRATOR);
    grandchild.setManageSocial(false);
    assertThat(grandchild.isManageSocial()).isFalse();
  }

  @Test
  void aCloneOfStandardNeverGetsManageSocial() { // S-28: only clones of Administrator
    Profile clone = Profile.standard("Standard").cloneAs("Sales");
    assertThat(clone.isManageSocialEditable()).isFalse();
    assertThatThrownBy(() -> clone.setManageSocial(true)).isInstanceOf(RuleViolation.class);
  }

  @Test
  void switchingManageSocialOffLeavesBothPartsAsTheyWere() { // S-25, S-26
    Profile clone = Profile.administrator("Administrator").cloneAs("Social Manager");
    clone.setManageSocial(false);
    assertThat(clone.isSocialTab()).as("S-25: may still view the Social tab").isTrue();
    assertThat(clone.isSocialDetailPage()).as("S-26: may still associate").isTrue();
  }

  @Test
  void thePartsAreIndependentOfEachOtherAndOfManageSocial() { // S-24, S-27
    Profile clone = Profile.administrator("Administrator").cloneAs("Viewer");
    clone.setSocialTab(false);
    assertThat(clone.isManageSocial()).isTrue();
    assertThat(clone.isSocialDetailPage()).isTrue();
    clone.setSocialDetailPage(false);
    assertThat(clone.isSocialTab()).isFalse();
    assertThat(clone.isManageSocial()).isTrue();
  }

  @Test
  void defaultProfilesKeepTheirNameAndAdministrativeFlag() {
    Profile admin = Profile.administrator("Administrator");
    assertThatThrownBy(() -> admin.rename("Boss")).isInstanceOf(RuleViolation.class);
    assertThatThrownBy(() -> admin.setAdministrative(false)).isInstanceOf(RuleViolation.class);
    assertThat(admin.getName()).isEqualTo("Administrator");
    assertThat(admin.isAdministrative()).isTrue();
  }

  @Test
  void aNameIsRequiredAndBounded() {
    Profile clone = Profile.administrator("Administrator").cloneAs("X");
    assertThatThrownBy(() -> clone.rename("   ")).isInstanceOf(RuleViolation.class);
    assertThatThrownBy(() -> clone.rename("n".repeat(Profile.NAME_LENGTH + 1)))
        .isInstanceOf(RuleViolation.class)
        .extracting(e -> ((RuleViolation) e).getKey())
        .isEqualTo("security.profile.error.nameTooLong");
    assertThat(clone.getName()).isEqualTo("X");
    clone.rename("  Sales team  ");
    assertThat(clone.getName()).isEqualTo("Sales team");
    assertThat(Profile.nameKey(" Sales TEAM ")).isEqualTo("sales team");
  }
}
