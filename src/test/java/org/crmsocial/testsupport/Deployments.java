package org.crmsocial.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The deployment of every integration test: the real WAR that {@code package} built. */
public final class Deployments {

  private Deployments() {}

  /** The product WAR as built, under the name the integration tests deploy it as. */
  public static WebArchive productWar() {
    File war = new File(System.getProperty("war.file", "target/crm-social.war"));
    if (!war.isFile()) {
      throw new IllegalStateException(
          "Build the WAR first (mvn package): " + war.getAbsolutePath());
    }
    return ShrinkWrap.create(ZipImporter.class, "crm-social-it.war")
        .importFrom(war)
        .as(WebArchive.class);
  }

  /**
   * The product WAR plus the test's own package and the in-container test support ({@link
   * TestCurrentUser}, {@link TestData}), for tests that inject services.
   */
  public static WebArchive productWarWith(Class<?> testClass) {
    return productWar()
        .addPackages(false, testClass.getPackage())
        .addClasses(Deployments.class, TestCurrentUser.class, TestData.class, WebSession.class)
        .addAsLibraries(
            jarOf(org.assertj.core.api.Assertions.class), jarOf(net.bytebuddy.ByteBuddy.class));
  }

  /** The jar on the test class path that holds {@code type}. */
  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
