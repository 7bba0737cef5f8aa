package org.crmsocial.security.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;
import org.crmsocial.platform.control.AccessDenied;
import org.crmsocial.security.entity.Edition;
import org.crmsocial.security.entity.User;

/**
 * Who may do what: the one place that decides, used by every service before it acts (so a forged
 * request to a hidden button meets the same refusal as the page would show) and by the pages to
 * decide what to offer.
 *
 * <p>The rules (DESIGN.md §3): administrative operations need the super administrator or an
 * administrative profile (S-29), and so does changing Security Control profiles (S-23); the social
 * settings need Manage Social (S-5, S-22); the Social tab needs the Social tab part (S-24, S-25,
 * S-27); associating people needs the Lead/Contact detail page part (S-26); and all of Social needs
 * the Professional or Enterprise edition (S-7).
 */
@RequestScoped
public class AccessPolicy {

  @Inject CurrentUser currentUser;
  @Inject OrganizationService organization;

  // ---- the rules, as pure functions of a user (and the edition) ----

  /** S-29: administrative operations. */
  public static boolean mayAdminister(User user) {
    return user != null
        && user.isActive()
        && (user.isSuperAdmin() || user.getProfile().isAdministrative());
  }

  /** S-23: only the super administrator or an administrative user changes Social permissions. */
  public static boolean mayEditProfiles(User user) {
    return mayAdminister(user);
  }

  /** S-5, S-7, S-22: open the social settings, configure accounts, manage others' access. */
  public static boolean mayManageSocial(User user, Edition edition) {
    return edition.includesSocial()
        && user != null
        && user.isActive()
        && user.getProfile().isManageSocial();
  }

  /** S-7, S-25, S-27: open the Social tab. */
  public static boolean mayOpenSocialTab(User user, Edition edition) {
    return edition.includesSocial()
        && user != null
        && user.isActive()
        && user.getProfile().isSocialTab();
  }

  /** S-7, S-26: associate leads and contacts with Facebook and Twitter people. */
  public static boolean mayAssociatePeople(User user, Edition edition) {
    return edition.includesSocial()
        && user != null
        && user.isActive()
        && user.getProfile().isSocialDetailPage();
  }

  /**
   * The same rules as container roles, for the declarative constraints of web.xml (the second line
   * behind the page filter and the services): computed on every request, so a changed profile takes
   * effect at once. Empty for a missing or deactivated user.
   */
  public static Set<String> groupsOf(User user, Edition edition) {
    if (user == null || !user.isActive()) {
      return Set.of();
    }
    Set<String> groups = new HashSet<>();
    groups.add(Groups.USER);
    if (mayAdminister(user)) {
      groups.add(Groups.ADMINISTRATOR);
    }
    if (user.isSuperAdmin()) {
      groups.add(Groups.SUPER_ADMIN);
    }
    if (mayManageSocial(user, edition)) {
      groups.add(Groups.SOCIAL_MANAGER);
    }
    return Set.copyOf(groups);
  }

  /** The role names of web.xml's security constraints. */
  public static final class Groups {
    public static final String USER = "user";
    public static final String ADMINISTRATOR = "administrator";
    public static final String SUPER_ADMIN = "super-admin";
    public static final String SOCIAL_MANAGER = "social-manager";

    private Groups() {}
  }

  // ---- the same rules for the signed-in user ----

  public boolean canAdminister() {
    return mayAdminister(currentUser.orNull());
  }

  public boolean isSuperAdmin() {
    User user = currentUser.orNull();
    return user != null && user.isSuperAdmin();
  }

  public boolean canManageSocial() {
    return mayManageSocial(currentUser.orNull(), organization.edition());
  }

  public boolean canOpenSocialTab() {
    return mayOpenSocialTab(currentUser.orNull(), organization.edition());
  }

  public boolean canAssociatePeople() {
    return mayAssociatePeople(currentUser.orNull(), organization.edition());
  }

  public boolean socialInEdition() {
    return organization.edition().includesSocial();
  }

  public void requireAdministrator() {
    if (!canAdminister()) {
      throw new AccessDenied("security.access.administratorRequired");
    }
  }

  public void requireProfileEditor() {
    if (!mayEditProfiles(currentUser.orNull())) {
      throw new AccessDenied("security.access.profileEditorRequired");
    }
  }

  public void requireSuperAdmin() {
    if (!isSuperAdmin()) {
      throw new AccessDenied("security.access.superAdminRequired");
    }
  }

  public void requireSocialEdition() {
    if (!socialInEdition()) {
      throw new AccessDenied("security.access.editionWithoutSocial");
    }
  }

  public void requireManageSocial() {
    requireSocialEdition();
    if (!canManageSocial()) {
      throw new AccessDenied("security.access.manageSocialRequired");
    }
  }

  public void requireSocialTab() {
    requireSocialEdition();
    if (!canOpenSocialTab()) {
      throw new AccessDenied("security.access.socialTabRequired");
    }
  }

  public void requireAssociatePeople() {
    requireSocialEdition();
    if (!canAssociatePeople()) {
      throw new AccessDenied("security.access.detailPageRequired");
    }
  }
}
