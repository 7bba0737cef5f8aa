package org.crmsocial.social.settings.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.crmsocial.security.entity.Profile;
import org.crmsocial.security.entity.User;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The social settings tables and their mappings agree on H2 and PostgreSQL: accounts, pages and
 * grants round-trip, the named queries run, and the database itself keeps one live account per
 * network and one row per external account.
 */
class SocialAccountMappingTest {

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

  private static SocialAccount linked(Network network, String externalId, User by) {
    SocialAccount account = new SocialAccount(network, externalId);
    account.authorize(
        "Acme Japan",
        "acme_jp",
        Set.of("b", "a"),
        "v1:enc-access",
        "v1:enc-refresh",
        T.plusDays(60),
        by,
        T);
    return account;
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void accountsPagesAndGrantsRoundTrip(TestDatabase.Kind kind) { // S-9, S-13, S-15
    db = TestDatabase.create(kind);
    long[] ids = new long[3];
    inTransaction(
        em -> {
          Profile admin = Profile.administrator("Administrator");
          em.persist(admin);
          User user = new User("hanako@example.com", "佐藤 花子", "ja", admin, T);
          user.setPasswordHash("x");
          em.persist(user);
          SocialAccount facebook = linked(Network.FACEBOOK, "10158", user);
          em.persist(facebook);
          facebook.activate("1049", "Acme Japan", "v1:enc-page", T.plusMinutes(1));
          SocialAccount twitter = linked(Network.TWITTER, "2244994945", user);
          em.persist(twitter);
          em.persist(new ActionGrant(facebook, admin, SocialAction.POST));
          em.persist(new ActionGrant(facebook, admin, SocialAction.VIEW));
          em.flush();
          ids[0] = facebook.getId();
          ids[1] = twitter.getId();
          ids[2] = admin.getId();
        });
    inTransaction(
        em -> {
          SocialAccount facebook = em.find(SocialAccount.class, ids[0]);
          assertThat(facebook.getStatus()).isEqualTo(AccountStatus.ACTIVE);
          assertThat(facebook.getGrantedScopes()).containsExactly("a", "b");
          assertThat(facebook.getAccessToken()).isEqualTo("v1:enc-access");
          assertThat(facebook.getTokenExpiresAt().toInstant())
              .isEqualTo(T.plusDays(60).toInstant());
          assertThat(facebook.getLinkedByName()).isEqualTo("hanako@example.com");
          assertThat(facebook.getLinkedBy().getName()).isEqualTo("佐藤 花子");
          assertThat(facebook.getPage().getExternalPageId()).isEqualTo("1049");
          assertThat(facebook.getPage().getPageToken()).isEqualTo("v1:enc-page");
          assertThat(em.find(SocialAccount.class, ids[1]).getStatus())
              .isEqualTo(AccountStatus.ACTIVE);
          List<SocialAccount> live =
              em.createNamedQuery(SocialAccount.FIND_LIVE, SocialAccount.class)
                  .setParameter("removed", AccountStatus.REMOVED)
                  .getResultList();
          assertThat(live)
              .extracting(SocialAccount::getNetwork)
              .containsExactly(Network.FACEBOOK, Network.TWITTER);
          assertThat(
                  em.createNamedQuery(ActionGrant.FIND_BY_ACCOUNT, ActionGrant.class)
                      .setParameter("account", facebook)
                      .getResultList())
              .extracting(ActionGrant::getAction)
              .containsExactlyInAnyOrder(SocialAction.POST, SocialAction.VIEW);
          assertThat(
                  em.createNamedQuery(SocialAccount.FIND_PENDING_SINCE, SocialAccount.class)
                      .setParameter("pending", AccountStatus.PENDING_PAGE)
                      .setParameter("before", T.plusDays(1))
                      .getResultList())
              .isEmpty();
          facebook.remove(T.plusDays(2));
        });
    inTransaction(
        em -> {
          SocialAccount facebook = em.find(SocialAccount.class, ids[0]);
          assertThat(facebook.getStatus()).isEqualTo(AccountStatus.REMOVED);
          assertThat(facebook.getAccessToken()).isNull();
          assertThat(facebook.getPage().getPageToken()).isNull();
          assertThat(facebook.getPage().getName()).as("S-19: data kept").isEqualTo("Acme Japan");
          assertThat(
                  em.createNamedQuery(SocialAccount.FIND_LIVE_BY_NETWORK, SocialAccount.class)
                      .setParameter("network", Network.FACEBOOK)
                      .getResultList())
              .isEmpty();
          // a removed account leaves room for another live one on the same network
          em.persist(linked(Network.FACEBOOK, "20001", null));
        });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void theDatabaseKeepsOneLiveAccountPerNetwork(TestDatabase.Kind kind) {
    db = TestDatabase.create(kind);
    inTransaction(em -> em.persist(linked(Network.TWITTER, "1", null)));
    assertThatThrownBy(() -> inTransaction(em -> em.persist(linked(Network.TWITTER, "2", null))))
        .isInstanceOf(RuntimeException.class);
    assertThatThrownBy(
            () ->
                inTransaction(
                    em -> {
                      SocialAccount again = new SocialAccount(Network.TWITTER, "1");
                      again.authorize("x", null, Set.of(), "v1:x", null, null, null, T);
                      again.remove(T);
                      em.persist(again);
                    }))
        .as("one row per external account")
        .isInstanceOf(RuntimeException.class);
  }
}
