package org.crmsocial.social.stream.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.crmsocial.social.people.entity.SocialPerson;
import org.crmsocial.social.provider.entity.Network;
import org.crmsocial.social.provider.entity.NetworkPerson;
import org.crmsocial.social.provider.entity.NetworkStream;
import org.crmsocial.social.settings.entity.SocialAccount;
import org.crmsocial.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** V8 gives tweets stored without a link to their original the link the sync now builds (S-4). */
class TweetPermalinksMigrationTest {

  private static final OffsetDateTime T =
      OffsetDateTime.of(2026, 11, 26, 9, 30, 0, 0, ZoneOffset.UTC);

  private TestDatabase db;

  @AfterEach
  void drop() {
    if (db != null) {
      db.close();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void tweetsWithoutALinkGetTheirsAndNothingElseChanges(TestDatabase.Kind kind) throws Exception {
    db = TestDatabase.create(kind);
    db.inTransaction(
        em -> {
          SocialAccount twitter = new SocialAccount(Network.TWITTER, "2244994945");
          twitter.authorize(
              "Acme Japan", "acme_jp", Set.of("tweet.read"), "v1:enc", null, null, null, T);
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
