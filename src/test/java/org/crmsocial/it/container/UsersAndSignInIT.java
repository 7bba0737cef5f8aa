package org.crmsocial.it.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.crmsocial.platform.control.AccessDenied;
import org.crmsocial.security.control.LoginOutcome;
import org.crmsocial.security.control.LoginService;
import org.crmsocial.security.control.UserForm;
import org.crmsocial.security.control.UserService;
import org.crmsocial.security.entity.SystemProfile;
import org.crmsocial.security.entity.User;
import org.crmsocial.testsupport.Deployments;
import org.crmsocial.testsupport.TestCurrentUser;
import org.crmsocial.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Setup &gt; Users and sign-in in the running server: administrators only, clear refusals, lockout.
 */
@ExtendWith(ArquillianExtension.class)
class UsersAndSignInIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.productWarWith(UsersAndSignInIT.class);
  }

  @EJB UserService users;
  @EJB LoginService logins;
  @EJB TestData data;
  @Inject TestCurrentUser as;

  @Test
  void onlyAdministratorsManageUsers() { // S-29
    as.signInAs(data.user(data.systemProfile(SystemProfile.STANDARD).getId(), "en"));
    long standard = data.systemProfile(SystemProfile.STANDARD).getId();
    String email = TestData.unique("new") + "@test.example";
    assertThatThrownBy(
            () -> users.create(new UserForm(email, "New", "en", standard, "good-password-1")))
        .isInstanceOf(AccessDenied.class);
    assertThat(data.usersWithEmail(email)).isZero();
  }

  @Test
  void aDuplicateEmailIsRefusedWhateverItsCase() {
    as.signInAs(data.superAdminEmail());
    long standard = data.systemProfile(SystemProfile.STANDARD).getId();
    String email = TestData.unique("dup") + "@test.example";
    users.create(new UserForm(email, "First", "ja", standard, "good-password-1"));
    assertThatThrownBy(
            () ->
                users.create(
                    new UserForm(
                        "  " + email.toUpperCase() + " ",
                        "Second",
                        "en",
                        standard,
                        "good-password-1")))
        .hasMessageContaining("security.user.error.emailTaken");
    assertThat(data.usersWithEmail(email)).isEqualTo(1);
    assertThat(data.userByEmail(email).getName()).isEqualTo("First");
  }

  @Test
  void anotherUsersEmailIsRefusedOnEditAndNothingChanges() { // found by the users dialog's test
    as.signInAs(data.superAdminEmail());
    long standard = data.systemProfile(SystemProfile.STANDARD).getId();
    String taken = TestData.unique("taken") + "@test.example";
    String mine = TestData.unique("mine") + "@test.example";
    users.create(new UserForm(taken, "Taken", "en", standard, "good-password-1"));
    User user = users.create(new UserForm(mine, "Mine", "en", standard, "good-password-1"));
    assertThatThrownBy(
            () ->
                users.update(
                    user.getId(),
                    user.getVersion(),
                    new UserForm(" " + taken.toUpperCase(), "Renamed", "en", standard, null)))
        .isInstanceOf(org.crmsocial.platform.control.RuleViolation.class)
        .hasMessageContaining("security.user.error.emailTaken");
    assertThat(data.userByEmail(mine).getName()).isEqualTo("Mine");
    assertThat(data.usersWithEmail(taken)).isEqualTo(1);
  }

  @Test
  void badInputIsRefusedAndNothingIsCreated() {
    as.signInAs(data.superAdminEmail());
    long standard = data.systemProfile(SystemProfile.STANDARD).getId();
    String email = TestData.unique("bad") + "@test.example";
    assertThatThrownBy(() -> users.create(new UserForm(email, "N", "en", standard, "short1")))
        .hasMessageContaining("security.password.tooShort");
    assertThatThrownBy(
            () ->
                users.create(
                    new UserForm(email, "x".repeat(101), "en", standard, "good-password-1")))
        .hasMessageContaining("security.user.error.nameTooLong");
    assertThatThrownBy(
            () -> users.create(new UserForm(email, "N", "en", Long.MAX_VALUE, "good-password-1")))
        .hasMessageContaining("platform.error.notFound");
    assertThat(data.usersWithEmail(email)).isZero();
  }

  @Test
  void nobodyDeactivatesThemselvesOrTheSuperAdministrator() {
    String adminEmail = data.user(data.systemProfile(SystemProfile.ADMINISTRATOR).getId(), "en");
    as.signInAs(adminEmail);
    User self = data.userByEmail(adminEmail);
    User superAdmin = data.userByEmail(data.superAdminEmail());
    assertThatThrownBy(() -> users.deactivate(self.getId()))
        .hasMessageContaining("security.user.error.deactivateSelf");
    assertThatThrownBy(() -> users.deactivate(superAdmin.getId()))
        .hasMessageContaining("security.user.error.superAdminActive");
    assertThat(data.userByEmail(adminEmail).isActive()).isTrue();
  }

  @Test
  void repeatedWrongPasswordsLockTheAccountUntilAnAdministratorUnlocksIt() {
    String email = data.user(data.systemProfile(SystemProfile.STANDARD).getId(), "en");
    assertThat(logins.authenticate(email, TestData.PASSWORD).result())
        .isEqualTo(LoginOutcome.Result.SUCCESS);
    for (int i = 1; i < 5; i++) {
      assertThat(logins.authenticate(email, "wrong-password-" + i).result())
          .isEqualTo(LoginOutcome.Result.INVALID);
    }
    LoginOutcome fifth = logins.authenticate(email, "wrong-password-5");
    assertThat(fifth.result()).isEqualTo(LoginOutcome.Result.LOCKED);
    assertThat(fifth.lockedUntil()).isNotNull();
    assertThat(logins.authenticate(email, TestData.PASSWORD).result())
        .as("even the right password is refused while locked")
        .isEqualTo(LoginOutcome.Result.LOCKED);
    as.signInAs(data.superAdminEmail());
    users.unlock(data.userByEmail(email).getId());
    assertThat(logins.authenticate(email, TestData.PASSWORD).result())
        .isEqualTo(LoginOutcome.Result.SUCCESS);
  }

  @Test
  void anUnknownEmailAndADeactivatedUserCannotSignIn() {
    assertThat(logins.authenticate("nobody@test.example", "whatever-1").result())
        .isEqualTo(LoginOutcome.Result.INVALID);
    String email = data.user(data.systemProfile(SystemProfile.STANDARD).getId(), "en");
    as.signInAs(data.superAdminEmail());
    users.deactivate(data.userByEmail(email).getId());
    assertThat(logins.authenticate(email, TestData.PASSWORD).result())
        .isEqualTo(LoginOutcome.Result.INACTIVE);
  }
}
