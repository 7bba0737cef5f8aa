package org.crmsocial.it.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.crmsocial.it.settings.SandboxConsent;
import org.crmsocial.platform.boundary.Messages;
import org.crmsocial.platform.control.AccessDenied;
import org.crmsocial.security.entity.SystemProfile;
import org.crmsocial.social.conversation.control.InteractionRow;
import org.crmsocial.social.conversation.control.RecordKind;
import org.crmsocial.social.people.control.InteractionHistoryService;
import org.crmsocial.social.people.control.PeopleService;
import org.crmsocial.social.people.control.TweetHistoryService;
import org.crmsocial.social.people.control.TweetPage;
import org.crmsocial.social.provider.control.ProviderClients;
import org.crmsocial.social.provider.model.ItemCounts;
import org.crmsocial.social.provider.model.ItemKind;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.NetworkItem;
import org.crmsocial.social.provider.model.NetworkPerson;
import org.crmsocial.social.provider.model.NetworkStream;
import org.crmsocial.social.provider.model.ProviderException;
import org.crmsocial.social.provider.model.StreamPage;
import org.crmsocial.social.provider.model.StreamQuery;
import org.crmsocial.social.settings.control.AccountRemoval;
import org.crmsocial.social.settings.control.Credentials;
import org.crmsocial.social.settings.control.LinkStore;
import org.crmsocial.social.settings.control.LinkingService;
import org.crmsocial.social.settings.entity.SocialAction;
import org.crmsocial.social.stream.control.ActionService;
import org.crmsocial.testsupport.Deployments;
import org.crmsocial.testsupport.TestCurrentUser;
import org.crmsocial.testsupport.TestData;
import org.eclipse.microprofile.config.Config;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Social Interactions related list (S-4, S-18, S-19) and the live Twitter tweet history (S-12)
 * in the running server, with the sandbox Twitter account linked. Interactions go into the database
 * through the product's InteractionStore, as the sync stores them.
 */
@ExtendWith(ArquillianExtension.class)
class SocialInteractionsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.productWarWith(SocialInteractionsIT.class).addClass(SandboxConsent.class);
  }

  @EJB InteractionHistoryService history;
  @EJB TweetHistoryService tweets;
  @EJB PeopleService people;
  @EJB ActionService actions;
  @EJB LinkingService linking;
  @EJB AccountRemoval removal;
  @EJB LinkStore linkStore;
  @EJB PeopleFixture fixture;
  @EJB TestData data;
  @Inject ProviderClients clients;
  @Inject TestCurrentUser as;
  @Inject Config config;

  private SandboxLinks links;

  @BeforeEach
  void twitterLinked() {
    as.signInAs(data.superAdminEmail());
    links = new SandboxLinks(linking, removal, config);
    links.removeAll();
    links.linkTwitter();
  }

  @AfterEach
  void cleanUp() {
    as.signInAs(data.superAdminEmail());
    links.twitterAdmin("faults", null);
    links.removeAll();
  }

  private static NetworkItem item(NetworkPerson author, ItemKind kind, String text, Instant at) {
    String id = TestData.unique("item");
    return new NetworkItem(
        id, kind, author, null, null, text, at, ItemCounts.NONE, "https://example.test/" + id);
  }

  private static List<String> texts(List<InteractionRow> rows) {
    return rows.stream().map(InteractionRow::text).toList();
  }

  @Test
  void theListShowsTheAssociatedPeoplesInteractionsNewestFirstAndHidesARemovedAccounts() { // S-4,
    // S-18
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    NetworkPerson onTwitter =
        new NetworkPerson(TestData.unique("tw"), TestData.unique("h"), "Taro Yamada", null, null);
    NetworkPerson onFacebook =
        new NetworkPerson(TestData.unique("fb"), null, "Taro Yamada", null, null);
    NetworkPerson stranger =
        new NetworkPerson(TestData.unique("tw"), TestData.unique("s"), "Someone Else", null, null);
    long twitter = fixture.liveAccount(Network.TWITTER);
    long removedFacebook = fixture.removedFacebookAccount();
    fixture.store(
        twitter,
        NetworkStream.TWITTER_MENTIONS,
        List.of(
            item(onTwitter, ItemKind.MENTION, "oldest <b>mention</b>", now.minusSeconds(300)),
            item(onTwitter, ItemKind.REPLY, "newest reply", now.minusSeconds(10)),
            item(onTwitter, ItemKind.MENTION, "middle mention", now.minusSeconds(100)),
            item(stranger, ItemKind.MENTION, "not about this lead", now)));
    fixture.store(
        removedFacebook,
        NetworkStream.FACEBOOK_PAGE_FEED,
        List.of(
            item(onFacebook, ItemKind.COMMENT, "comment on a removed page", now.minusSeconds(5))));
    long lead = fixture.lead("Yamada");
    as.signInAs(data.superAdminEmail());
    people.associateLead(fixture.person(Network.TWITTER, onTwitter), lead);
    people.associateLead(fixture.person(Network.FACEBOOK, onFacebook), lead);

    // viewing needs only the record: a Standard user sees the same list
    as.signInAs(data.user(data.systemProfile(SystemProfile.STANDARD).getId(), "ja"));
    assertThat(history.integrationOn()).isTrue();
    assertThat(history.count(RecordKind.LEAD, lead)).isEqualTo(3);
    List<InteractionRow> page = history.page(RecordKind.LEAD, lead, 0, 10);
    assertThat(texts(page))
        .containsExactly("newest reply", "middle mention", "oldest <b>mention</b>");
    assertThat(page.get(0).authorLabel()).isEqualTo("Taro Yamada");
    assertThat(page.get(0).network()).isEqualTo(Network.TWITTER);
    assertThat(page.get(0).permalink()).startsWith("https://example.test/");
    assertThat(texts(history.page(RecordKind.LEAD, lead, 1, 1))).containsExactly("middle mention");
    assertThat(history.count(RecordKind.CONTACT, lead))
        .isZero(); // the id is a lead's, not a contact's
  }

  /** The sandbox brand's Twitter account, as its own tweets and DMs name it. */
  private static final NetworkPerson BRAND =
      new NetworkPerson("2244994945", "acme_jp", "Acme Japan", null, null);

  private static NetworkItem answer(
      NetworkPerson author, ItemKind kind, String parentId, String text, Instant at) {
    String id = TestData.unique("item");
    return new NetworkItem(id, kind, author, parentId, null, text, at, ItemCounts.NONE, null);
  }

  /** What the list's "From" column says, in {@code locale}. */
  private static String from(InteractionRow row, Locale locale) {
    String who =
        row.own() ? Messages.text(locale, "social.people.direction.you") : row.authorLabel();
    return row.addressed()
        ? Messages.text(locale, "social.people.direction.to", who, row.recipientLabel())
        : who;
  }

  @Test
  void theListShowsWhatTheBrandSentToThePersonWithItsDirection() { // S-4
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    // A numeric id, as Twitter's: a one-to-one DM conversation is named by the two user ids.
    String janeId = String.valueOf(9_000_000_000L + (System.nanoTime() % 1_000_000_000L));
    NetworkPerson jane = new NetworkPerson(janeId, TestData.unique("jane"), "Jane Doe", null, null);
    NetworkPerson stranger =
        new NetworkPerson(TestData.unique("tw"), TestData.unique("s"), "Someone Else", null, null);
    long twitter = fixture.liveAccount(Network.TWITTER);
    NetworkItem asked = item(jane, ItemKind.MENTION, "where is my order?", now.minusSeconds(300));
    NetworkItem otherAsked = item(stranger, ItemKind.MENTION, "not Jane", now.minusSeconds(290));
    fixture.store(twitter, NetworkStream.TWITTER_MENTIONS, List.of(asked, otherAsked));
    // Our replies: to Jane's stored mention, and to one read later (our own tweets read first).
    String laterId = TestData.unique("item");
    fixture.store(
        twitter,
        NetworkStream.TWITTER_OWN_TWEETS,
        List.of(
            answer(
                BRAND,
                ItemKind.REPLY,
                asked.externalId(),
                "sorry, on its way",
                now.minusSeconds(200)),
            answer(
                BRAND,
                ItemKind.REPLY,
                otherAsked.externalId(),
                "to someone else",
                now.minusSeconds(190)),
            answer(BRAND, ItemKind.REPLY, laterId, "glad it came", now.minusSeconds(50))));
    fixture.store(
        twitter,
        NetworkStream.TWITTER_MENTIONS,
        List.of(
            new NetworkItem(
                laterId,
                ItemKind.MENTION,
                jane,
                null,
                null,
                "it came, thanks",
                now.minusSeconds(100),
                ItemCounts.NONE,
                null)));
    // Our DM to her, read from the DM events (conversation "<smaller id>-<larger id>").
    fixture.store(
        twitter,
        NetworkStream.TWITTER_DIRECT_MESSAGES,
        List.of(
            new NetworkItem(
                TestData.unique("dm"),
                ItemKind.MESSAGE,
                BRAND,
                null,
                BRAND.id() + "-" + janeId,
                "your coupon code",
                now.minusSeconds(20),
                ItemCounts.NONE,
                null)));
    // Her second account, associated with the same lead: her reply to it is listed once.
    NetworkPerson janeToo =
        new NetworkPerson(TestData.unique("tw"), TestData.unique("j2"), "Jane D.", null, null);
    NetworkItem alt = item(janeToo, ItemKind.MENTION, "my other account", now.minusSeconds(400));
    fixture.store(twitter, NetworkStream.TWITTER_MENTIONS, List.of(alt));
    fixture.store(
        twitter,
        NetworkStream.TWITTER_MENTIONS,
        List.of(
            answer(jane, ItemKind.MENTION, alt.externalId(), "to myself", now.minusSeconds(350)),
            answer(
                stranger, ItemKind.MENTION, asked.externalId(), "me too", now.minusSeconds(250))));
    long lead = fixture.lead("Doe");
    as.signInAs(data.superAdminEmail());
    people.associateLead(fixture.person(Network.TWITTER, jane), lead);
    people.associateLead(fixture.person(Network.TWITTER, janeToo), lead);

    assertThat(history.count(RecordKind.LEAD, lead)).isEqualTo(8);
    List<InteractionRow> page = history.page(RecordKind.LEAD, lead, 0, 10);
    assertThat(texts(page))
        .containsExactly(
            "your coupon code",
            "glad it came",
            "it came, thanks",
            "sorry, on its way",
            "me too",
            "where is my order?",
            "to myself",
            "my other account");
    assertThat(page)
        .extracting(r -> from(r, Locale.ENGLISH))
        .containsExactly(
            "You → Jane Doe",
            "You → Jane Doe",
            "Jane Doe",
            "You → Jane Doe",
            "Someone Else → Jane Doe",
            "Jane Doe",
            "Jane Doe",
            "Jane D.");
    assertThat(from(page.get(0), Locale.JAPANESE)).isEqualTo("あなた → Jane Doe");
    // Paged from both halves alike, newest first.
    assertThat(texts(history.page(RecordKind.LEAD, lead, 1, 2)))
        .containsExactly("glad it came", "it came, thanks");
    assertThat(texts(history.page(RecordKind.LEAD, lead, 3, 3)))
        .containsExactly("sorry, on its way", "me too", "where is my order?");
  }

  @Test
  void aReplyToATweetNeverStoredIsAddressedToWhomTwitterSaysItAnswers() { // S-4, S-12
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String kenId = String.valueOf(8_000_000_000L + (System.nanoTime() % 1_000_000_000L));
    NetworkPerson ken = new NetworkPerson(kenId, TestData.unique("ken"), "Ken Sato", null, null);
    long twitter = fixture.liveAccount(Network.TWITTER);
    fixture.store(
        twitter,
        NetworkStream.TWITTER_MENTIONS,
        List.of(item(ken, ItemKind.MENTION, "an older tweet of Ken's", now.minusSeconds(900))));
    // The brand answered a live search result (never stored): the action stores the reply with
    // its parent's id only; the sync then reads it in the own tweets with in_reply_to_user_id.
    String unstored = TestData.unique("search");
    NetworkItem sent =
        answer(BRAND, ItemKind.REPLY, unstored, "happy to help", now.minusSeconds(60));
    fixture.store(twitter, NetworkStream.TWITTER_OWN_TWEETS, List.of(sent));
    long lead = fixture.lead("Sato");
    as.signInAs(data.superAdminEmail());
    people.associateLead(fixture.person(Network.TWITTER, ken), lead);
    assertThat(texts(history.page(RecordKind.LEAD, lead, 0, 10)))
        .as("addressed to nobody known yet")
        .containsExactly("an older tweet of Ken's");

    fixture.store(twitter, NetworkStream.TWITTER_OWN_TWEETS, List.of(addressed(sent, kenId)));
    // A reply read for the first time, to a tweet never stored; one to the brand is nobody's.
    NetworkItem later =
        addressed(
            answer(
                BRAND, ItemKind.REPLY, TestData.unique("search"), "see DM", now.minusSeconds(30)),
            kenId);
    NetworkItem toBrand =
        addressed(
            answer(ken, ItemKind.REPLY, TestData.unique("tw"), "thanks!", now.minusSeconds(20)),
            BRAND.id());
    fixture.store(twitter, NetworkStream.TWITTER_OWN_TWEETS, List.of(later, toBrand));

    List<InteractionRow> rows = history.page(RecordKind.LEAD, lead, 0, 10);
    assertThat(texts(rows))
        .containsExactly("thanks!", "see DM", "happy to help", "an older tweet of Ken's");
    assertThat(rows)
        .extracting(r -> from(r, Locale.ENGLISH))
        .containsExactly("Ken Sato", "You → Ken Sato", "You → Ken Sato", "Ken Sato");
    assertThat(rows.get(2).permalink())
        .as("the link to the original, which the first store of the reply lacked")
        .isEqualTo("https://example.test/" + sent.externalId());
  }

  /** The item as a network that says whom it answers (and gives its address) shows it. */
  private static NetworkItem addressed(NetworkItem item, String to) {
    return new NetworkItem(
        item.externalId(),
        item.kind(),
        item.author(),
        item.parentId(),
        item.conversationId(),
        item.text(),
        item.createdAt(),
        item.counts(),
        "https://example.test/" + item.externalId(),
        to);
  }

  @Test
  void aDmReplySentFromTheSocialTabShowsInTheSendersList() { // S-4, S-12
    long twitter = fixture.liveAccount(Network.TWITTER);
    Credentials credentials = linkStore.syncCredentials(twitter).orElseThrow();
    List<NetworkItem> dms =
        clients
            .of(Network.TWITTER)
            .read(
                StreamQuery.of(
                        NetworkStream.TWITTER_DIRECT_MESSAGES,
                        credentials.accessToken(),
                        BRAND.id())
                    .withLimit(50))
            .items();
    fixture.store(twitter, NetworkStream.TWITTER_DIRECT_MESSAGES, dms);
    NetworkItem received =
        dms.stream()
            .filter(d -> d.author() != null && !d.author().id().equals(BRAND.id()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the sandbox has DMs"));
    long lead = fixture.lead("Sender");
    people.associateLead(fixture.person(Network.TWITTER, received.author()), lead);
    String text = "Here is the link " + TestData.unique("dm");
    actions.perform(twitter, SocialAction.DM_REPLY, received.externalId(), text);

    InteractionRow sent = history.page(RecordKind.LEAD, lead, 0, 1).get(0);
    assertThat(sent.text()).isEqualTo(text);
    assertThat(sent.own()).isTrue();
    assertThat(sent.recipientLabel()).isNotBlank();
    assertThat(from(sent, Locale.ENGLISH)).startsWith("You → ");
  }

  @Test
  void withNoAccountInUseSocialIntegrationIsOffAndRelinkingResumesTheList() { // S-18, S-19
    NetworkPerson person =
        new NetworkPerson(TestData.unique("tw"), TestData.unique("h"), "Ken Ito", null, null);
    fixture.store(
        fixture.liveAccount(Network.TWITTER),
        NetworkStream.TWITTER_MENTIONS,
        List.of(item(person, ItemKind.MENTION, "hello", Instant.now())));
    long contact = fixture.contact("Ito");
    as.signInAs(data.superAdminEmail());
    people.associateContact(fixture.person(Network.TWITTER, person), contact);
    assertThat(history.count(RecordKind.CONTACT, contact)).isEqualTo(1);

    links.removeAll();

    assertThat(history.integrationOn()).isFalse();
    assertThat(history.count(RecordKind.CONTACT, contact)).isZero();
    assertThat(history.page(RecordKind.CONTACT, contact, 0, 10)).isEmpty();

    links.linkTwitter();

    assertThat(history.integrationOn()).isTrue();
    assertThat(texts(history.page(RecordKind.CONTACT, contact, 0, 10))).containsExactly("hello");
  }

  /** A person who mentioned the brand on the sandbox, read and stored through the real client. */
  private long mentioningPerson() {
    links.twitterAdmin("activity", "{\"count\":40}");
    long account = fixture.liveAccount(Network.TWITTER);
    Credentials credentials = linkStore.credentials(account);
    String brand = "2244994945";
    StreamPage<NetworkItem> mentions =
        clients
            .of(Network.TWITTER)
            .read(
                StreamQuery.of(NetworkStream.TWITTER_MENTIONS, credentials.accessToken(), brand)
                    .withLimit(50));
    NetworkItem mention =
        mentions.items().stream()
            .filter(i -> i.author() != null && !brand.equals(i.author().id()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the sandbox shows no mention by a person"));
    fixture.store(account, NetworkStream.TWITTER_MENTIONS, mentions.items());
    return fixture.person(Network.TWITTER, mention.author());
  }

  @Test
  void aGrantedUserReadsAPersonsTweetHistoryLivePageByPage() { // S-12
    as.signInAs(
        data.superAdminEmail()); // Administrator holds every Twitter action, LEAD_HISTORY too
    long person = mentioningPerson();
    assertThat(tweets.mayRead()).isTrue();

    TweetPage first = tweets.read(person, null);

    assertThat(first.tweets()).isNotEmpty();
    assertThat(first.tweets()).allSatisfy(t -> assertThat(t.text()).isNotBlank());
    if (first.nextCursor() != null) {
      Set<String> firstIds =
          first.tweets().stream().map(TweetPage.Tweet::id).collect(Collectors.toSet());
      TweetPage second = tweets.read(person, first.nextCursor());
      assertThat(second.tweets())
          .extracting(TweetPage.Tweet::id)
          .doesNotContainAnyElementsOf(firstIds);
    }
  }

  @Test
  void
      withoutTheGrantTheServerRefusesTheTweetHistory() { // S-12: Lead tweet history is an action of
    // the matrix
    as.signInAs(data.superAdminEmail());
    long person = mentioningPerson();
    as.signInAs(
        data.user(
            data.systemProfile(SystemProfile.STANDARD).getId(),
            "en")); // no grants by default (S-13)

    assertThat(tweets.mayRead()).isFalse();
    assertThatThrownBy(() -> tweets.read(person, null))
        .isInstanceOf(AccessDenied.class)
        .hasMessageContaining("social.people.error.tweetHistoryNotGranted");
  }

  @Test
  void aTwitterFailureReachesTheUserWithTwittersOwnMessage() { // S-12: no false result
    as.signInAs(data.superAdminEmail());
    long person = mentioningPerson();
    links.twitterAdmin("faults", "{\"kind\":\"HTTP_500\",\"count\":5}");

    assertThatThrownBy(() -> tweets.read(person, null))
        .isInstanceOfSatisfying(
            ProviderException.Transient.class,
            failed -> {
              assertThat(failed.key()).isEqualTo("social.provider.error.transient");
              assertThat(failed.detail().httpStatus()).isEqualTo(500);
              assertThat(failed.detail().message()).isNotBlank();
            });
  }
}
