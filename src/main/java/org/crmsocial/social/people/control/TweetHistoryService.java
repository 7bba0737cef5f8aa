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
import org.crmsocial.social.settings.control.AccountPermissions;
import org.crmsocial.social.settings.control.AccountRef;
import org.crmsocial.social.settings.control.AccountTokens;
import org.crmsocial.social.settings.control.AuthorizedCalls;
import org.crmsocial.social.settings.entity.SocialAction;

/**
 * The tweet history of a Twitter person (S-12 "view the tweet history of a lead/contact"), read
 * live from Twitter through the linked account, page by page with Twitter's own cursor. Nothing is
 * stored: the history is the network's, as it is now.
 *
 * <p>Who may read it: users whose profile holds the "Lead tweet history" action ({@link
 * SocialAction#LEAD_HISTORY}) on the linked Twitter account, which must be active (S-7 edition
 * too), as {@link AccountPermissions} answers. Anyone else is refused here, whatever the page
 * shows. The provider call runs outside any transaction; a network failure reaches the caller as a
 * {@link ProviderException} with the network's message.
 */
@Stateless
public class TweetHistoryService {

  /** Tweets per page. */
  static final int PAGE_SIZE = 10;

  @PersistenceContext EntityManager em;
  @Inject AccessPolicy policy;
  @Inject AccountPermissions permissions;
  @Inject AuthorizedCalls calls;
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
    AccountRef account =
        grantedAccount()
            .orElseThrow(() -> new AccessDenied("social.people.error.tweetHistoryNotGranted"));
    SocialPerson person = em.find(SocialPerson.class, personId);
    if (person == null) {
      throw new NotFound("person", personId);
    }
    if (person.getNetwork() != Network.TWITTER) {
      throw new RuleViolation("social.people.error.notTwitter", person.getLabel());
    }
    AccountTokens tokens =
        calls
            .active(account.id())
            .orElseThrow(() -> new RuleViolation("social.settings.error.accountRemoved"));
    SocialNetworkClient client = clients.of(Network.TWITTER);
    String owner = account.externalUserId();
    // An expired token is refreshed once and the read sent again (issue 19 point 16).
    StreamPage<NetworkItem> page =
        calls.call(
            client,
            tokens,
            current ->
                client.read(
                    StreamQuery.of(NetworkStream.TWITTER_USER_TWEETS, current.user(), owner)
                        .withSubject(person.getExternalId())
                        .withCursor(cursor == null || cursor.isBlank() ? null : cursor)
                        .withLimit(PAGE_SIZE)));
    return new TweetPage(
        page.items().stream().map(TweetHistoryService::tweet).toList(), page.nextCursor());
  }

  /** The active Twitter account, if the user's profile holds Lead tweet history on it. */
  private Optional<AccountRef> grantedAccount() {
    return permissions.grantedActive(Network.TWITTER, SocialAction.LEAD_HISTORY);
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
