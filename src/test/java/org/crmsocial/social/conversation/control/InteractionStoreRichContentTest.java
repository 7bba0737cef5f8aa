package org.crmsocial.social.conversation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.crmsocial.social.conversation.entity.SocialInteraction;
import org.crmsocial.social.provider.model.Attachment;
import org.crmsocial.social.provider.model.ItemCounts;
import org.crmsocial.social.provider.model.ItemKind;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.NetworkItem;
import org.crmsocial.social.provider.model.NetworkStream;
import org.crmsocial.social.provider.model.RichContent;
import org.crmsocial.social.settings.entity.SocialAccount;
import org.crmsocial.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The sync stores an item's rich text and attachment with its plain text (issue 19 points 10, 11,
 * 18), through the batch insert, and fills them in on a row stored before items had them.
 */
class InteractionStoreRichContentTest {

  private static final OffsetDateTime T =
      OffsetDateTime.of(2026, 11, 26, 9, 30, 0, 0, ZoneOffset.UTC);

  private TestDatabase db;

  @AfterEach
  void drop() {
    if (db != null) {
      db.close();
    }
  }

  // issue 19 point 10: Facebook posts without message; point 11: network HTML
  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void richTextAndAttachmentAreStoredAndFilledInLater(TestDatabase.Kind kind) {
    db = TestDatabase.create(kind);
    long[] account = new long[1];
    db.inTransaction(
        em -> {
          SocialAccount a = new SocialAccount(Network.FACEBOOK, "10158");
          a.authorize("Acme", null, Set.of("pages_show_list"), "v1:enc", null, null, null, T);
          em.persist(a);
          em.flush();
          account[0] = a.getId();
        });
    Attachment card =
        new Attachment(
            "share",
            "Spring collection",
            "Linen shirts",
            "https://acme.example/spring",
            "https://scontent.xx.fbcdn.net/v/spring.jpg");
    NetworkItem shared =
        item("1049_1", "Acme Japan shared a link.").withRich(new RichContent(null, card));
    NetworkItem html =
        item("1049_2", "Tom & Jerry").withRich(new RichContent("<b>Tom</b> &amp; Jerry", null));
    NetworkItem plainFirst = item("1049_3", "plain");

    store(account[0], List.of(shared, html, plainFirst));
    store(
        account[0],
        List.of(
            item("1049_3", "see acme.example").withRich(new RichContent("see <b>x</b>", null))));

    db.inTransaction(
        em -> {
          SocialInteraction s = byExternalId(em, "1049_1");
          assertThat(s.getText()).isEqualTo("Acme Japan shared a link.");
          assertThat(s.getRich().attachment()).isEqualTo(card);
          assertThat(s.getRich().html()).isNull();
          SocialInteraction h = byExternalId(em, "1049_2");
          assertThat(h.getText()).isEqualTo("Tom & Jerry");
          assertThat(h.getRich().html()).isEqualTo("<b>Tom</b> &amp; Jerry");
          assertThat(h.getRich().attachment()).isNull();
          SocialInteraction later = byExternalId(em, "1049_3");
          assertThat(later.getRich().html()).isEqualTo("see <b>x</b>");
          assertThat(later.getText()).isEqualTo("see acme.example");
        });
  }

  private void store(long accountId, List<NetworkItem> items) {
    db.inTransaction(
        em -> {
          InteractionStore store = new InteractionStore();
          store.em = em;
          store.dataSource = db.dataSource();
          store.store(
              em.find(SocialAccount.class, accountId), NetworkStream.FACEBOOK_PAGE_FEED, items);
        });
  }

  private static SocialInteraction byExternalId(
      jakarta.persistence.EntityManager em, String externalId) {
    return em.createQuery(
            "SELECT i FROM SocialInteraction i WHERE i.externalId = :id", SocialInteraction.class)
        .setParameter("id", externalId)
        .getSingleResult();
  }

  private static NetworkItem item(String id, String text) {
    return new NetworkItem(
        id,
        ItemKind.POST,
        null,
        null,
        null,
        text,
        Instant.parse("2026-11-26T09:00:00Z"),
        ItemCounts.NONE,
        null,
        null);
  }
}
