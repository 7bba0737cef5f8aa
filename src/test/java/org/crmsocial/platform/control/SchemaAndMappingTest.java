package org.crmsocial.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import org.crmsocial.crm.entity.Contact;
import org.crmsocial.crm.entity.Lead;
import org.crmsocial.crm.entity.LeadStatus;
import org.crmsocial.crm.entity.RecordSource;
import org.crmsocial.platform.entity.AuditEntry;
import org.crmsocial.security.entity.Edition;
import org.crmsocial.security.entity.Organization;
import org.crmsocial.security.entity.Profile;
import org.crmsocial.security.entity.SystemProfile;
import org.crmsocial.security.entity.User;
import org.crmsocial.testsupport.TestDatabase;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The migrations and the entity mappings agree, on the embedded database and on PostgreSQL (the
 * production path): every entity round-trips, the named queries run, and the constraints that keep
 * data honest hold in the database itself.
 */
class SchemaAndMappingTest {

  private static final OffsetDateTime T =
      OffsetDateTime.of(2026, 11, 25, 9, 30, 15, 123456000, ZoneOffset.UTC);

  private TestDatabase db;

  @AfterEach
  void drop() {
    if (db != null) {
      db.close();
    }
  }

  private void inTransaction(Consumer<EntityManager> work) {
    db.inTransaction(work);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void migratingTwiceChangesNothing(TestDatabase.Kind kind) {
    db = TestDatabase.create(kind);
    MigrateResult again = DatabaseMigrator.migrate(db.dataSource());
    assertThat(again.migrationsExecuted).isZero();
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void everyEntityRoundTrips(
      TestDatabase.Kind kind) { // S-24: the three Social permissions are stored
    db = TestDatabase.create(kind);
    long[] ids = new long[4];
    inTransaction(
        em -> {
          em.persist(new Organization("Acme Japan", Edition.ENTERPRISE));
          Profile admin = Profile.administrator("Administrator");
          em.persist(admin);
          Profile clone = admin.cloneAs("Social Manager");
          clone.setManageSocial(false);
          clone.setSocialTab(false);
          em.persist(clone);
          User user = new User("hanako@example.com", "佐藤 花子", "ja", clone, T);
          user.setPasswordHash("PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==");
          em.persist(user);
          Lead lead = new Lead();
          lead.setLastName("山田");
          lead.setFirstName("太郎");
          lead.setStatus(LeadStatus.QUALIFIED);
          lead.setSource(RecordSource.SOCIAL_TAB);
          lead.setOwner(user);
          lead.stamp(T);
          em.persist(lead);
          Contact contact = new Contact();
          contact.setLastName("Clark");
          contact.stamp(T);
          em.persist(contact);
          em.persist(
              new AuditEntry(T, null, "system", "profile.update", "Social Manager", "a → b"));
          em.flush();
          ids[0] = clone.getId();
          ids[1] = user.getId();
          ids[2] = lead.getId();
          ids[3] = contact.getId();
        });
    inTransaction(
        em -> {
          Profile clone = em.find(Profile.class, ids[0]);
          assertThat(clone.getSystemKind()).isNull();
          assertThat(clone.getLineage()).isEqualTo(SystemProfile.ADMINISTRATOR);
          assertThat(clone.getClonedFrom().getSystemKind()).isEqualTo(SystemProfile.ADMINISTRATOR);
          assertThat(clone.isManageSocial()).isFalse();
          assertThat(clone.isSocialTab()).isFalse();
          assertThat(clone.isSocialDetailPage()).isTrue();
          User user =
              em.createNamedQuery(User.FIND_BY_EMAIL, User.class)
                  .setParameter("email", "hanako@example.com")
                  .getSingleResult();
          assertThat(user.getId()).isEqualTo(ids[1]);
          assertThat(user.getName()).isEqualTo("佐藤 花子");
          assertThat(user.getCreatedAt().toInstant()).isEqualTo(T.toInstant());
          assertThat(user.getProfile().getName()).isEqualTo("Social Manager");
          Lead lead = em.find(Lead.class, ids[2]);
          assertThat(lead.getPersonName()).isEqualTo(new PersonName("太郎", "山田"));
          assertThat(lead.getStatus()).isEqualTo(LeadStatus.QUALIFIED);
          assertThat(lead.getSource()).isEqualTo(RecordSource.SOCIAL_TAB);
          assertThat(lead.getOwner().getId()).isEqualTo(ids[1]);
          assertThat(em.find(Contact.class, ids[3]).getLastName()).isEqualTo("Clark");
          assertThat(
                  em.createNamedQuery(User.COUNT_BY_PROFILE, Long.class)
                      .setParameter("profile", clone)
                      .getSingleResult())
              .isEqualTo(1L);
          assertThat(em.createNamedQuery(Profile.FIND_ALL, Profile.class).getResultList())
              .hasSize(2);
          assertThat(
                  em.createQuery("SELECT a FROM AuditEntry a", AuditEntry.class)
                      .getSingleResult()
                      .getDetail())
              .isEqualTo("a → b");
        });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void theDatabaseRefusesASecondUserWithTheSameEmail(TestDatabase.Kind kind) {
    db = TestDatabase.create(kind);
    inTransaction(
        em -> {
          Profile standard = Profile.standard("Standard");
          em.persist(standard);
          User first = new User("a@example.com", "A", "en", standard, T);
          first.setPasswordHash("x");
          em.persist(first);
        });
    assertThatThrownBy(
            () ->
                inTransaction(
                    em -> {
                      Profile standard =
                          em.createNamedQuery(Profile.FIND_BY_SYSTEM, Profile.class)
                              .setParameter("kind", SystemProfile.STANDARD)
                              .getSingleResult();
                      User second = new User("A@example.com", "B", "en", standard, T);
                      second.setPasswordHash("x");
                      em.persist(second);
                    }))
        .isInstanceOf(RuntimeException.class);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void theDatabaseKeepsOneProfileOfEachDefaultKindAndUniqueNames(TestDatabase.Kind kind) { // S-28
    db = TestDatabase.create(kind);
    inTransaction(em -> em.persist(Profile.administrator("Administrator")));
    assertThatThrownBy(
            () -> inTransaction(em -> em.persist(Profile.administrator("Administrator 2"))))
        .isInstanceOf(RuntimeException.class);
    assertThatThrownBy(
            () ->
                inTransaction(
                    em -> {
                      Profile p = Profile.standard("Standard");
                      em.persist(p);
                      em.persist(p.cloneAs("ADMINISTRATOR"));
                    }))
        .isInstanceOf(RuntimeException.class);
  }
}
