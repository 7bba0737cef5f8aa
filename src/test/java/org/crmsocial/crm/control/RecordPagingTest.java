package org.crmsocial.crm.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.crmsocial.crm.entity.Lead;
import org.crmsocial.platform.control.PageRequest;
import org.crmsocial.security.control.CurrentUser;
import org.crmsocial.security.entity.Profile;
import org.crmsocial.security.entity.User;
import org.crmsocial.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The lead list's database paging, sorting and search, on H2 and on PostgreSQL. */
class RecordPagingTest {

  private static final OffsetDateTime T =
      OffsetDateTime.of(2026, 11, 1, 0, 0, 0, 0, ZoneOffset.UTC);

  private TestDatabase db;
  private EntityManager em;

  @AfterEach
  void drop() {
    if (em != null) {
      em.close();
    }
    db.close();
  }

  private LeadService leadsWith(int count) {
    db = TestDatabase.create(kindUnderTest);
    em = db.entityManagerFactory().createEntityManager();
    em.getTransaction().begin();
    Profile standard = Profile.standard("Standard");
    em.persist(standard);
    User owner = new User("owner@example.com", "Owner", "en", standard, T);
    owner.setPasswordHash("x");
    em.persist(owner);
    for (int i = 0; i < count; i++) {
      Lead lead = new Lead();
      lead.setLastName(String.format("Name%03d", (i * 37) % count));
      lead.setCompany(i % 2 == 0 ? "Even_Co" : "Odd%Co");
      lead.setEmail("lead" + i + "@example.com");
      lead.stamp(T.plusMinutes(i));
      em.persist(lead);
    }
    em.getTransaction().commit();
    LeadService service = new LeadService();
    service.em = em;
    service.currentUser =
        new CurrentUser() {
          @Override
          public User orNull() {
            return owner;
          }
        };
    return service;
  }

  private TestDatabase.Kind kindUnderTest;

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void pagesAreReadFromTheDatabaseInTheRequestedOrder(TestDatabase.Kind kind) {
    kindUnderTest = kind;
    LeadService leads = leadsWith(120);
    assertThat(leads.count("")).isEqualTo(120);
    List<Lead> second = leads.page(new PageRequest(25, 25, "lastName", true, ""));
    assertThat(second).hasSize(25);
    assertThat(second.get(0).getLastName()).isEqualTo("Name025");
    assertThat(second.get(24).getLastName()).isEqualTo("Name049");
    List<Lead> last = leads.page(new PageRequest(100, 25, "lastName", false, ""));
    assertThat(last).hasSize(20);
    assertThat(last.get(19).getLastName()).isEqualTo("Name000");
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void withoutASortTheNewestComeFirst(TestDatabase.Kind kind) {
    kindUnderTest = kind;
    LeadService leads = leadsWith(30);
    List<Lead> first = leads.page(new PageRequest(0, 5, null, true, ""));
    assertThat(first.get(0).getEmail()).isEqualTo("lead29@example.com");
    assertThat(
            leads
                .page(new PageRequest(0, 5, "no_such_column; DROP TABLE lead", true, ""))
                .get(0)
                .getEmail())
        .as("an unknown sort field falls back to the default order")
        .isEqualTo("lead29@example.com");
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void searchMatchesPrefixesAndTakesWildcardsLiterally(TestDatabase.Kind kind) {
    kindUnderTest = kind;
    LeadService leads = leadsWith(40);
    assertThat(leads.count("Name01")).isEqualTo(10);
    assertThat(leads.count("Odd%")).isEqualTo(20);
    assertThat(leads.count("Odd_")).as("'_' is not a wildcard").isZero();
    assertThat(leads.count("%")).as("'%' is not a wildcard").isZero();
    assertThat(
            leads.page(new PageRequest(0, 100, "email", true, "lead3")).stream()
                .map(Lead::getEmail))
        .containsExactlyInAnyOrder(
            "lead3@example.com",
            "lead30@example.com",
            "lead31@example.com",
            "lead32@example.com",
            "lead33@example.com",
            "lead34@example.com",
            "lead35@example.com",
            "lead36@example.com",
            "lead37@example.com",
            "lead38@example.com",
            "lead39@example.com");
  }
}
