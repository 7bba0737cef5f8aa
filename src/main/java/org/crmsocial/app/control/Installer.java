package org.crmsocial.app.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger.Level;
import java.util.Optional;
import org.crmsocial.platform.control.Clock;
import org.crmsocial.platform.control.SchemaMigrated;
import org.crmsocial.security.control.PasswordHasher;
import org.crmsocial.security.entity.Edition;
import org.crmsocial.security.entity.Organization;
import org.crmsocial.security.entity.Profile;
import org.crmsocial.security.entity.SystemProfile;
import org.crmsocial.security.entity.User;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates what a new installation needs, once: the organization, the Administrator and Standard
 * profiles, and the super administrator. In the demo configuration the super administrator has the
 * password the README states and {@link DemoData} adds users, a cloned profile and records; in
 * production the super administrator comes from {@code crmsocial.admin.email} and {@code
 * crmsocial.admin.password} at first start, and there is no default password: until both are set,
 * nobody can sign in and the readiness check says why.
 */
@Stateless
public class Installer {

  private static final System.Logger LOG = System.getLogger(Installer.class.getName());

  public static final String DEMO_ADMIN_EMAIL = "admin@crmsocial.example";
  public static final String DEMO_PASSWORD = "demo-password-1";

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;
  @Inject DemoData demoData;

  @Inject
  @ConfigProperty(name = "crmsocial.demo-data", defaultValue = "true")
  boolean demo;

  @Inject
  @ConfigProperty(name = "crmsocial.organization.name", defaultValue = "Acme Japan")
  String organizationName;

  @Inject
  @ConfigProperty(name = "crmsocial.organization.edition", defaultValue = "ENTERPRISE")
  Edition edition;

  @Inject
  @ConfigProperty(name = "crmsocial.admin.email")
  Optional<String> adminEmail;

  @Inject
  @ConfigProperty(name = "crmsocial.admin.password")
  Optional<String> adminPassword;

  @Inject
  @ConfigProperty(name = "crmsocial.admin.name", defaultValue = "Super Administrator")
  String adminName;

  /** Installs once the schema is migrated, before anything else in the application runs. */
  public void onSchemaMigrated(@Observes SchemaMigrated migrated) {
    install();
  }

  /**
   * Idempotent: each step runs only if its result is missing. Safe when several servers start
   * together on an empty database: each first locks the one row of {@code installation}, so one
   * installs and the others, once it has committed, find everything made.
   */
  public void install() {
    em.createNativeQuery("SELECT id FROM installation WHERE id = 1 FOR UPDATE").getSingleResult();
    boolean fresh =
        em.createNamedQuery(Organization.FIND_ALL, Organization.class).getResultList().isEmpty();
    if (fresh) {
      em.persist(new Organization(organizationName, edition));
    }
    Profile administrator = systemProfile(SystemProfile.ADMINISTRATOR);
    if (administrator == null) {
      administrator = Profile.administrator("Administrator");
      em.persist(administrator);
    }
    Profile standard = systemProfile(SystemProfile.STANDARD);
    if (standard == null) {
      standard = Profile.standard("Standard");
      em.persist(standard);
    }
    if (superAdmin().isEmpty()) {
      createSuperAdmin(administrator);
    }
    if (fresh && demo) {
      demoData.seed(administrator, standard);
    }
  }

  /** Whether someone can administer this installation (false in production until configured). */
  public boolean hasSuperAdmin() {
    return superAdmin().isPresent();
  }

  private void createSuperAdmin(Profile administrator) {
    String email = demo ? adminEmail.orElse(DEMO_ADMIN_EMAIL) : adminEmail.orElse(null);
    String password = demo ? adminPassword.orElse(DEMO_PASSWORD) : adminPassword.orElse(null);
    if (email == null || password == null) {
      LOG.log(
          Level.ERROR,
          "No super administrator yet: set CRMSOCIAL_ADMIN_EMAIL and CRMSOCIAL_ADMIN_PASSWORD "
              + "(at least 10 characters with a letter and a digit) and restart.");
      return;
    }
    User admin = new User(email, adminName, "en", administrator, Clock.now());
    admin.makeSuperAdmin();
    admin.setPasswordHash(hasher.hashNew(password));
    em.persist(admin);
    LOG.log(Level.INFO, "Super administrator {0} created", admin.getEmail());
  }

  private Profile systemProfile(SystemProfile kind) {
    return em.createNamedQuery(Profile.FIND_BY_SYSTEM, Profile.class)
        .setParameter("kind", kind)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private Optional<User> superAdmin() {
    return em.createNamedQuery(User.FIND_SUPER_ADMIN, User.class).getResultStream().findFirst();
  }
}
