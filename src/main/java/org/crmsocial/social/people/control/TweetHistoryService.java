package org.crmsocial.social.people.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.crmsocial.platform.control.AccessDenied;
import org.crmsocial.platform.control.NotFound;
import org.crmsocial.platform.control.RuleViolation;
import org.crmsocial.security.control.AccessPolicy;
import org.crmsocial.security.control.CurrentUser;
import org.crmsocial.social.conversation.control.InteractionRow;
import org.crmsocial.social.conversation.entity.SocialPerson;
import org.crmsocial.social.provider.control.ProviderClients;
import org.crmsocial.social.provider.control.SocialNetworkClient;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.NetworkItem;
import org.crmsocial.social.provider.model.NetworkStream;
import org.crmsocial.social.provider.model.ProviderException;
import org.crmsocial.social.provider.model.StreamPage;
import org.crmsocial.social.provider.model.StreamQuery;
import org.crmsocial.social.settings.control.Credentials;
import org.crmsocial.social.settings.control.LinkStore;
import org.crmsocial.social.settings.control.TokenRefresh;
import org.crmsocial.social.settings.entity.AccountStatus;
import org.crmsocial.social.settings.entity.SocialAccount;
import org.crmsocial.social.settings.entity.SocialAction;

/**
 * The tweet history of a Twitter person (S-12 "view the tweet history of a lead/contact"), read
 * live from Twitter through the linked account, page by page with Twitter's own cursor. Nothing is
 * stored: the history is the network's, as it is now.
 *
 * <p>Who may read it: users whose profile holds the "Lead tweet history" action ({@link
 * SocialAction#LEAD_HISTORY}) on the linked Twitter account, which must be active (S-7 edition
 * too). Anyone else is refused here, whatever the page shows. The provider call runs outside any
 * transaction; a network failure reaches the caller as a {@link ProviderException} with the
 * network's message.
 */
@Stateless
public class TweetHistoryService {

  /** Tweets per page. */
  static final int PAGE_SIZE = 10;

  @PersistenceContext EntityManager em;
  @Inject AccessPolicy policy;
  @Inject CurrentUser currentUser;
  @Inject LinkStore links;
  @Inject ProviderClients clients;

  /** Whether the signed-in user may read tweet histories now (for the page to offer it). */
  public boolean mayRead() {
    return policy.socialInEdition() && grantedAccount().isPresent();
  }

  /**
   * One page of the person's tweets, newest first.
   *
   * @param cursor the {@link TweetPage#nextCursor()} of the previous page, null for the first
   * @throws AccessDenied without the grant, or without an active Twitter account
   * @throws ProviderException when Twitter fails; its message says what Twitter said
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public TweetPage read(long personId, String cursor) {
    policy.requireSocialEdition();
    SocialAccount account =
        grantedAccount()
            .orElseThrow(() -> new AccessDenied("social.people.error.tweetHistoryNotGranted"));
    SocialPerson person = em.find(SocialPerson.class, personId);
    if (person == null) {
      throw new NotFound("person", personId);
    }
    if (person.getNetwork() != Network.TWITTER) {
      throw new RuleViolation("social.people.error.notTwitter", person.getLabel());
    }
    Credentials credentials = links.credentialsForAuthorizedCall(account.getId());
    SocialNetworkClient client = clients.of(Network.TWITTER);
    String owner = account.getExternalUserId();
    // An expired token is refreshed once and the read sent again (issue 19 point 16).
    StreamPage<NetworkItem> page =
        TokenRefresh.of(links, client)
            .call(
                credentials,
                tokens ->
                    client.read(
                        StreamQuery.of(
                                NetworkStream.TWITTER_USER_TWEETS, tokens.accessToken(), owner)
                            .withSubject(person.getExternalId())
                            .withCursor(cursor == null || cursor.isBlank() ? null : cursor)
                            .withLimit(PAGE_SIZE)));
    return new TweetPage(
        page.items().stream().map(TweetHistoryService::tweet).toList(), page.nextCursor());
  }

  /** The active Twitter account, if the user's profile holds Lead tweet history on it. */
  private Optional<SocialAccount> grantedAccount() {
    long profileId = currentUser.get().getProfile().getId();
    return em.createQuery(
            "SELECT g.account FROM ActionGrant g WHERE g.profile.id = :profile AND g.action = :action"
                + " AND g.account.network = :network AND g.account.status = :active",
            SocialAccount.class)
        .setParameter("profile", profileId)
        .setParameter("action", SocialAction.LEAD_HISTORY)
        .setParameter("network", Network.TWITTER)
        .setParameter("active", AccountStatus.ACTIVE)
        .getResultStream()
        .findFirst();
  }

  private static TweetPage.Tweet tweet(NetworkItem item) {
    return new TweetPage.Tweet(
        item.externalId(),
        item.text(),
        item.createdAt() == null
            ? null
            : item.createdAt().atZone(InteractionRow.SHOWN_ZONE).toOffsetDateTime(),
        item.permalink(),
        item.counts().likes(),
        item.counts().replies(),
        item.counts().shares(),
        item.rich().html());
  }
}
