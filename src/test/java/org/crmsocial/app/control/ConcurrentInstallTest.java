package org.crmsocial.app.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.crmsocial.security.control.PasswordHasher;
import org.crmsocial.security.entity.Edition;
import org.crmsocial.testsupport.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

// Issue 15 point 3: servers that start together on an empty database install exactly once; the
// one that waited carries on with what the other made.
class ConcurrentInstallTest {

  private static final int SERVERS = 3;

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void serversStartingTogetherMakeOneOrganizationAndOneSuperAdministrator(TestDatabase.Kind kind)
      throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService servers = Executors.newFixedThreadPool(SERVERS);
      List<Future<?>> installs = new ArrayList<>();
      for (int i = 0; i < SERVERS; i++) {
        installs.add(
            servers.submit(
                () -> {
                  start.await();
                  db.inTransaction(em -> installer(em).install());
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> install : installs) {
        install.get(60, TimeUnit.SECONDS); // none failed
      }
      servers.shutdown();

      db.inTransaction(
          em -> {
            assertThat(count(em, "SELECT COUNT(o) FROM Organization o")).isEqualTo(1);
            assertThat(count(em, "SELECT COUNT(u) FROM User u WHERE u.superAdmin = TRUE"))
                .isEqualTo(1);
            assertThat(count(em, "SELECT COUNT(p) FROM Profile p WHERE p.systemKind IS NOT NULL"))
                .isEqualTo(2);
          });
    }
  }

  private static long count(EntityManager em, String jpql) {
    return em.createQuery(jpql, Long.class).getSingleResult();
  }

  /** An installer as production configures it: no demo data, the administrator from settings. */
  private static Installer installer(EntityManager em) {
    Installer installer = new Installer();
    installer.em = em;
    installer.hasher =
        new PasswordHasher() {
          @Override
          public String hashNew(String password) {
            return "PBKDF2WithHmacSHA512:210000:not-hashed-in-this-test";
          }
        };
    installer.demo = false;
    installer.organizationName = "Acme Japan";
    installer.edition = Edition.ENTERPRISE;
    installer.adminEmail = Optional.of("root@acme.example");
    installer.adminPassword = Optional.of("first-start-1");
    installer.adminName = "Root";
    return installer;
  }
}
