package org.crmsocial.social.conversation.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.crmsocial.crm.entity.Contact;
import org.crmsocial.crm.entity.Lead;
import org.crmsocial.social.provider.model.ItemCounts;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.NetworkPerson;
import org.crmsocial.social.provider.model.NetworkStream;
import org.crmsocial.social.settings.entity.SocialAccount;
import org.crmsocial.social.stream.entity.SavedSearch;
import org.crmsocial.social.sync.entity.SyncCursor;
import org.crmsocial.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * People, interactions, sync cursors and saved searches round-trip on H2 and PostgreSQL, and the
 * database itself keeps one row per network item and per network person, and a person on at most
 * one record.
 */
class SocialInteractionMappingTest {

  private static final OffsetDateTime T =
      OffsetDateTime.of(2026, 11, 26, 9, 30, 0, 0, ZoneOffset.UTC);

  private TestDatabase db;

  @AfterEach
  void drop() {
    if (db != null) {
      db.close();
    }
  }

  private static SocialAccount twitter() {
    SocialAccount account = new SocialAccount(Network.TWITTER, "2244994945");
    account.authorize("Acme Japan", "acme_jp", Set.of("tweet.read"), "v1:enc", null, null, null, T);
    return account;
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void interactionsPeopleCursorsAndSearchesRoundTrip(TestDatabase.Kind kind) { // S-3, S-4
    db = TestDatabase.create(kind);
    long[] ids = new long[3];
    db.inTransaction(
        em -> {
          SocialAccount account = twitter();
          em.persist(account);
          Lead lead = new Lead();
          lead.setLastName("Tanaka");
          lead.stamp(T);
          em.persist(lead);
          SocialPerson person =
              new SocialPerson(
                  Network.TWITTER, new NetworkPerson("783214", "Yuki_T", "田中 ゆき", null, null), T);
          person.associate(lead, "admin@crmsocial.example", T);
          em.persist(person);
          SocialInteraction mention =
              new SocialInteraction(
                  account,
                  NetworkStream.TWITTER_MENTIONS,
                  "1460323737035677698",
                  InteractionKind.MENTION,
                  Direction.IN,
                  person,
                  T,
                  T);
          mention.thread("1460323737035677600", "1460323737035677600");
          mention.content(
              "@acme_jp <b>hello</b> ", "https://twitter.com/Yuki_T/status/1460323737035677698");
          mention.count(new ItemCounts(3, 1, 2), T);
          em.persist(mention);
          SyncCursor cursor = new SyncCursor(account, NetworkStream.TWITTER_MENTIONS);
          cursor.setSinceMarker("1460323737035677698");
          cursor.addItemsFetched(1);
          em.persist(cursor);
          em.persist(new SavedSearch(account, "#acme lang:ja", "admin@crmsocial.example", T));
          em.flush();
          ids[0] = mention.getId();
          ids[1] = person.getId();
          ids[2] = cursor.getId();
        });
    db.inTransaction(
        em -> {
          SocialInteraction mention = em.find(SocialInteraction.class, ids[0]);
          assertThat(mention.getText()).isEqualTo("@acme_jp <b>hello</b> ");
          assertThat(mention.getKind()).isEqualTo(InteractionKind.MENTION);
          assertThat(mention.getNetwork()).isEqualTo(Network.TWITTER);
          assertThat(mention.getShareCount()).isEqualTo(2);
          assertThat(mention.getAuthor().getLead().getLastName()).isEqualTo("Tanaka");
          assertThat(mention.getCreatedAt().toInstant()).isEqualTo(T.toInstant());
          SocialPerson person = em.find(SocialPerson.class, ids[1]);
          assertThat(person.getLabel()).isEqualTo("田中 ゆき");
          // S-24: a renamed handle updates the same person.
          assertThat(
                  person.see(
                      new NetworkPerson("783214", "yuki_tanaka", null, null, null), T.plusDays(1)))
              .isTrue();
          assertThat(person.getDisplayName()).isEqualTo("田中 ゆき");
          assertThat(em.find(SyncCursor.class, ids[2]).getSinceMarker())
              .isEqualTo("1460323737035677698");
        });
    db.inTransaction(
        em ->
            assertThat(
                    em.createQuery(
                            "SELECT p FROM SocialPerson p WHERE p.searchHandle LIKE 'yuki%'",
                            SocialPerson.class)
                        .getResultList())
                .hasSize(1));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void theDatabaseRefusesASecondRowForOneNetworkItem(TestDatabase.Kind kind) {
    db = TestDatabase.create(kind);
    assertThatThrownBy(
            () ->
                db.inTransaction(
                    em -> {
                      SocialAccount account = twitter();
                      em.persist(account);
                      em.persist(
                          new SocialInteraction(
                              account,
                              NetworkStream.TWITTER_OWN_TWEETS,
                              "42",
                              InteractionKind.TWEET,
                              Direction.OUT,
                              null,
                              T,
                              T));
                      em.flush();
                      em.persist(
                          new SocialInteraction(
                              account,
                              NetworkStream.TWITTER_MENTIONS,
                              "42",
                              InteractionKind.MENTION,
                              Direction.IN,
                              null,
                              T,
                              T));
                      em.flush();
                    }))
        .satisfies(
            e -> assertThat(stackText(e)).containsIgnoringCase("social_interaction_external_uk"));
    db.inTransaction(
        em ->
            assertThat(
                    em.createQuery("SELECT COUNT(i) FROM SocialInteraction i", Long.class)
                        .getSingleResult())
                .isZero());
  }

  private static String stackText(Throwable e) {
    java.io.StringWriter out = new java.io.StringWriter();
    e.printStackTrace(new java.io.PrintWriter(out));
    return out.toString();
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void thePersonKeyIsTheNetworkUserIdAndOneRecordAtMost(TestDatabase.Kind kind) { // S-24, S-26
    db = TestDatabase.create(kind);
    assertThatThrownBy(
        () ->
            db.inTransaction(
                em -> {
                  em.persist(
                      new SocialPerson(
                          Network.TWITTER, new NetworkPerson("1", "a", null, null, null), T));
                  em.flush();
                  em.persist(
                      new SocialPerson(
                          Network.TWITTER, new NetworkPerson("1", "b", null, null, null), T));
                  em.flush();
                }));
    assertThatThrownBy(
        () ->
            db.inTransaction(
                em -> {
                  Lead lead = new Lead();
                  lead.setLastName("L");
                  lead.stamp(T);
                  em.persist(lead);
                  Contact contact = new Contact();
                  contact.setLastName("C");
                  contact.stamp(T);
                  em.persist(contact);
                  em.flush();
                  em.createNativeQuery(
                          "INSERT INTO social_person (id, network, external_id, lead_id, contact_id, first_seen_at, last_seen_at, version)"
                              + " VALUES (7, 'TWITTER', '7', ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)")
                      .setParameter(1, lead.getId())
                      .setParameter(2, contact.getId())
                      .executeUpdate();
                }));
    db.inTransaction(
        em ->
            assertThat(
                    em.createQuery("SELECT COUNT(p) FROM SocialPerson p", Long.class)
                        .getSingleResult())
                .isZero());
  }

  /** V8 gives tweets stored without a link to their original the link the sync now builds. */
  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void tweetsWithoutALinkGetTheirsAndNothingElseChanges( // S-4
      TestDatabase.Kind kind) throws Exception {
    db = TestDatabase.create(kind);
    db.inTransaction(
        em -> {
          SocialAccount twitter = twitter();
          em.persist(twitter);
          SocialAccount facebook = new SocialAccount(Network.FACEBOOK, "1049");
          facebook.authorize("Acme Japan", null, Set.of(), "v1:enc", null, null, null, T);
          em.persist(facebook);
          SocialPerson yuki =
              new SocialPerson(
                  Network.TWITTER, new NetworkPerson("783214", "Yuki_T", null, null, null), T);
          SocialPerson nameless =
              new SocialPerson(
                  Network.TWITTER, new NetworkPerson("99", null, "Hidden", null, null), T);
          SocialPerson taro =
              new SocialPerson(
                  Network.FACEBOOK, new NetworkPerson("5531", null, "Taro", null, null), T);
          em.persist(yuki);
          em.persist(nameless);
          em.persist(taro);
          em.persist(
              item(
                  twitter,
                  NetworkStream.TWITTER_MENTIONS,
                  "1001",
                  InteractionKind.MENTION,
                  yuki,
                  null));
          em.persist(
              item(
                  twitter,
                  NetworkStream.TWITTER_MENTIONS,
                  "1002",
                  InteractionKind.REPLY,
                  nameless,
                  null));
          em.persist(
              item(
                  twitter,
                  NetworkStream.TWITTER_MENTIONS,
                  "1003",
                  InteractionKind.MENTION,
                  yuki,
                  "https://example.com/kept"));
          em.persist(
              item(
                  twitter,
                  NetworkStream.TWITTER_DIRECT_MESSAGES,
                  "dm-1",
                  InteractionKind.MESSAGE,
                  yuki,
                  null));
          em.persist(
              item(
                  facebook,
                  NetworkStream.FACEBOOK_PAGE_FEED,
                  "1049_1",
                  InteractionKind.POST,
                  taro,
                  null));
        });
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement();
        InputStream script =
            getClass().getResourceAsStream("/db/migration/V8__tweet_permalinks.sql")) {
      s.executeUpdate(new String(script.readAllBytes(), StandardCharsets.UTF_8));
    }
    Map<String, String> links = new HashMap<>();
    db.inTransaction(
        em ->
            em.createQuery("SELECT i FROM SocialInteraction i", SocialInteraction.class)
                .getResultList()
                .forEach(i -> links.put(i.getExternalId(), String.valueOf(i.getPermalink()))));
    assertThat(links)
        .containsEntry("1001", "https://twitter.com/Yuki_T/status/1001")
        .containsEntry("1002", "https://twitter.com/i/web/status/1002")
        .containsEntry("1003", "https://example.com/kept")
        .containsEntry("dm-1", "null")
        .containsEntry("1049_1", "null");
  }

  private static SocialInteraction item(
      SocialAccount account,
      NetworkStream stream,
      String externalId,
      InteractionKind kind,
      SocialPerson author,
      String permalink) {
    SocialInteraction i =
        new SocialInteraction(account, stream, externalId, kind, Direction.IN, author, T, T);
    i.content("text " + externalId, permalink);
    return i;
  }
}
