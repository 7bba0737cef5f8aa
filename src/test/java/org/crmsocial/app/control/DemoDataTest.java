package org.crmsocial.app.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.crmsocial.security.entity.Profile;
import org.crmsocial.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

// issue 19 point 26: the demo's Social Manager sees a new account's streams; production keeps S-9.
class DemoDataTest {

  private TestDatabase db;

  @BeforeEach
  void profiles() {
    db = TestDatabase.create(TestDatabase.Kind.H2);
    db.inTransaction(
        em -> {
          Profile admin = Profile.administrator("Administrator");
          em.persist(admin);
          em.persist(Profile.standard("Standard"));
          Profile manager = admin.cloneAs(DemoData.SOCIAL_MANAGER);
          manager.setAdministrative(false);
          em.persist(manager);
          em.persist(admin.cloneAs("Marketing"));
        });
  }

  @AfterEach
  void drop() {
    db.close();
  }

  @Test
  void inTheDemoTheSocialManagerViewsEveryNewAccount() {
    db.inTransaction(
        em -> {
          DemoData demo = new DemoData();
          demo.em = em;
          demo.demo = true;
          assertThat(demo.viewersOfNewAccounts())
              .extracting(Profile::getName)
              .containsExactly(DemoData.SOCIAL_MANAGER);
        });
  }

  @Test // S-9 step 7: by default only Administrator may do anything with a new account
  void inProductionNoProfileButAdministratorGetsAnything() {
    db.inTransaction(
        em -> {
          DemoData production = new DemoData();
          production.em = em;
          production.demo = false;
          assertThat(production.viewersOfNewAccounts()).isEmpty();
        });
  }
}
