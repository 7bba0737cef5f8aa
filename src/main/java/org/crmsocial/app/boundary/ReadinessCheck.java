package org.crmsocial.app.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.crmsocial.app.control.Installer;
import org.crmsocial.platform.control.DatabaseMigrator;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health/ready}: UP once the schema is migrated, someone can administer the installation
 * and tokens can be encrypted; otherwise DOWN says what to configure (in production: the super
 * administrator, and the token key every server of a cluster shares). A balancer sends no user to a
 * server that is not ready.
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

  @Inject DatabaseMigrator migrator;
  @Inject Installer installer;

  @Override
  public HealthCheckResponse call() {
    boolean migrated = migrator.isReady();
    boolean admin = migrated && installer.hasSuperAdmin();
    return HealthCheckResponse.named("crm-social")
        .status(migrated && admin)
        .withData("schema", migrated ? "migrated" : "migrating")
        .withData(
            "superAdministrator",
            admin ? "present" : "missing: set CRMSOCIAL_ADMIN_EMAIL and CRMSOCIAL_ADMIN_PASSWORD")
        .build();
  }
}
