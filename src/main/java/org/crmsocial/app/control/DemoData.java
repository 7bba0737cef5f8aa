package org.crmsocial.app.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.crmsocial.crm.entity.Contact;
import org.crmsocial.crm.entity.CrmRecord;
import org.crmsocial.crm.entity.Lead;
import org.crmsocial.crm.entity.LeadStatus;
import org.crmsocial.platform.control.Clock;
import org.crmsocial.security.control.PasswordHasher;
import org.crmsocial.security.entity.Profile;
import org.crmsocial.security.entity.User;
import org.crmsocial.social.settings.control.AccountLinked;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The quick start's demo organization: a Social Manager profile cloned from Administrator, a user
 * on each profile (all with {@link Installer#DEMO_PASSWORD}), and leads and contacts with Japanese
 * and English names. Runs once, on a fresh database, only in the demo configuration; there, every
 * account linked later also lets the Social Manager view its streams ({@link
 * #letTheSocialManagerView}).
 */
@Stateless
public class DemoData {

  public static final String MANAGER_EMAIL = "manager@crmsocial.example";

  /** The demo's profile for the user who runs social media. */
  public static final String SOCIAL_MANAGER = "Social Manager";

  public static final String STANDARD_EMAIL = "sales@crmsocial.example";

  private static final List<String[]> NAMES =
      List.of(
          new String[] {"太郎", "山田"},
          new String[] {"花子", "佐藤"},
          new String[] {"次郎", "鈴木"},
          new String[] {"健", "伊藤"},
          new String[] {"美咲", "高橋"},
          new String[] {"翔", "田中"},
          new String[] {"Emily", "Clark"},
          new String[] {"James", "Walker"},
          new String[] {"Olivia", "Brown"},
          new String[] {"Noah", "Davis"},
          new String[] {"Sophia", "Miller"},
          new String[] {"Liam", "Wilson"});
  private static final List<String> COMPANIES =
      List.of(
          "Sakura Trading",
          "Fuji Systems",
          "Northwind",
          "Contoso",
          "Kaizen Works",
          "Blue Ocean Foods");

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;

  @Inject
  @ConfigProperty(name = "crmsocial.demo-data", defaultValue = "true")
  boolean demo;

  public void seed(Profile administrator, Profile standard) {
    Profile socialManager = administrator.cloneAs(SOCIAL_MANAGER);
    socialManager.describe("Runs the organization's social media; no other administration.");
    socialManager.setAdministrative(false);
    em.persist(socialManager);

    String hash = hasher.hashNew(Installer.DEMO_PASSWORD);
    User manager = user(MANAGER_EMAIL, "Social Manager", "en", socialManager, hash);
    User sales = user(STANDARD_EMAIL, "営業 一郎", "ja", standard, hash);

    for (int i = 0; i < 60; i++) {
      Lead lead = fill(new Lead(), i, i % 2 == 0 ? manager : sales);
      lead.setStatus(LeadStatus.values()[i % LeadStatus.values().length]);
      em.persist(lead);
    }
    for (int i = 0; i < 30; i++) {
      em.persist(fill(new Contact(), i + 7, i % 2 == 0 ? sales : manager));
    }
  }

  /**
   * Grants View on every newly linked account, besides Administrator's every action, to the demo's
   * Social Manager, so that {@link #MANAGER_EMAIL} sees a stream right after an account is linked,
   * as the quick start promises. Nothing outside the demo configuration, so production keeps the
   * seed's rule: only Administrator may do anything with a new account (S-9 step 7).
   */
  public void letTheSocialManagerView(@Observes AccountLinked linked) {
    viewersOfNewAccounts().forEach(viewer -> em.persist(linked.viewFor(viewer)));
  }

  /** The demo's Social Manager; none outside the demo configuration. */
  List<Profile> viewersOfNewAccounts() {
    if (!demo) {
      return List.of();
    }
    return em.createQuery(
            "SELECT p FROM Profile p WHERE p.nameKey = :key AND p.systemKind IS NULL",
            Profile.class)
        .setParameter("key", Profile.nameKey(SOCIAL_MANAGER))
        .getResultList();
  }

  private User user(String email, String name, String locale, Profile profile, String hash) {
    User user = new User(email, name, locale, profile, Clock.now());
    user.setPasswordHash(hash);
    em.persist(user);
    return user;
  }

  private static <T extends CrmRecord> T fill(T record, int i, User owner) {
    String[] name = NAMES.get(i % NAMES.size());
    String company = COMPANIES.get(i % COMPANIES.size());
    record.setFirstName(name[0]);
    record.setLastName(name[1]);
    record.setCompany(company);
    record.setTitle(i % 3 == 0 ? "Manager" : "Director");
    record.setEmail("person" + i + "@" + company.toLowerCase().replace(' ', '-') + ".example");
    record.setPhone("+81 3 5555 " + String.format("%04d", i));
    record.setOwner(owner);
    record.stamp(Clock.now().minusHours(i));
    return record;
  }
}
