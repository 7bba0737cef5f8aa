package org.crmsocial.social.stream.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import org.crmsocial.platform.control.RuleViolation;
import org.crmsocial.social.conversation.entity.Direction;
import org.crmsocial.social.conversation.entity.SocialInteraction;
import org.crmsocial.social.provider.control.ProviderClients;
import org.crmsocial.social.provider.control.SocialNetworkClient;
import org.crmsocial.social.provider.model.ItemKind;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.NetworkItem;
import org.crmsocial.social.provider.model.NetworkStream;
import org.crmsocial.social.provider.model.ProviderException;
import org.crmsocial.social.provider.model.SealedToken;
import org.crmsocial.social.provider.model.WriteCommand;
import org.crmsocial.social.provider.model.WriteKind;
import org.crmsocial.social.provider.model.WriteResult;
import org.crmsocial.social.settings.control.AccountPermissions;
import org.crmsocial.social.settings.control.AccountRef;
import org.crmsocial.social.settings.control.AccountTokens;
import org.crmsocial.social.settings.control.AuthorizedCalls;
import org.crmsocial.social.settings.entity.SocialAction;

/**
 * Every write of the Social tab (S-8: Facebook post, comment, like, message reply; S-12: tweet,
 * retweet, reply, favourite, DM reply; S-14: Google+ post, comment). Each is checked on the server
 * ({@link AccountPermissions#requireAction}), its text validated, then sent to the network outside
 * any transaction with the account's sealed tokens (an expired token refreshed once, {@link
 * AuthorizedCalls}); only when the network returned the new item's id (or success, for a like,
 * retweet or favourite) is it stored as the account's own interaction, so it shows at once. A
 * network failure becomes a {@link RuleViolation} with the network's message: nothing is stored,
 * never a false success.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ActionService {

  /** Facebook's limit on a post or comment. */
  static final int FACEBOOK_MAX = 63206;

  /** Google+'s limit on a post or comment. */
  static final int GOOGLE_MAX = 5000;

  @Inject AccountPermissions access;
  @Inject ProviderClients clients;
  @Inject AuthorizedCalls calls;
  @Inject StreamWrites writes;

  /**
   * Performs {@code action} with the account.
   *
   * @param targetId the network id of the item acted on (the post commented, the tweet retweeted,
   *     the message answered); null for a new post or tweet
   * @param text the text to publish; null for a like, retweet or favourite
   * @return the stored id of what was created, or of the item liked or shared where it is stored
   *     (null when it is not, such as a search result)
   */
  public Long perform(long accountId, SocialAction action, String targetId, String text) {
    AccountRef account = access.requireAction(accountId, action);
    WriteKind kind = writeKind(action);
    String clean = validated(account.network(), kind, text);
    String target = needsTarget(kind) ? require(targetId) : null;
    SocialInteraction answered = null;
    if (kind == WriteKind.MESSAGE_REPLY || kind == WriteKind.DM_REPLY) {
      answered =
          writes
              .stored(accountId, account.network(), target)
              .orElseThrow(() -> new RuleViolation("social.stream.error.unknownTarget"));
      if (answered.getAuthor() == null || answered.getDirection() != Direction.IN) {
        throw new RuleViolation("social.stream.error.unknownTarget");
      }
    }
    String recipient = answered == null ? target : answered.getAuthor().getExternalId();
    String owner = ownerOf(account, kind);
    SocialNetworkClient client = clients.of(account.network());
    WriteResult result;
    try {
      // An expired token is refreshed once and the write sent again (issue 19 point 16).
      result =
          calls.call(
              client,
              tokens(calls, account),
              tokens ->
                  client.write(
                      WriteCommand.of(kind, token(account, tokens), owner, recipient, clean)));
    } catch (ProviderException e) {
      throw new RuleViolation(e.key(), e.args());
    }
    return switch (kind) {
      case LIKE, FAVOURITE -> marked(account, target, false);
      case RETWEET -> marked(account, target, true);
      default -> stored(account, kind, target, answered, clean, result);
    };
  }

  /**
   * Posts {@code text} as the account's own new item: a tweet on Twitter, a status on Facebook and
   * Google+ (the network decides which action it is, and so which grant it needs).
   *
   * @return the stored id of the new item
   */
  public Long post(long accountId, String text) {
    return perform(accountId, postActionOn(access.requireView(accountId).network()), null, text);
  }

  /** The action that posts a new item on {@code network}. */
  static SocialAction postActionOn(Network network) {
    return network == Network.TWITTER ? SocialAction.TWEET : SocialAction.POST;
  }

  private Long marked(AccountRef account, String target, boolean shared) {
    writes.mark(account.id(), account.network(), target, shared);
    return writes
        .stored(account.id(), account.network(), target)
        .map(SocialInteraction::getId)
        .orElse(null);
  }

  private Long stored(
      AccountRef account,
      WriteKind kind,
      String target,
      SocialInteraction answered,
      String text,
      WriteResult result) {
    if (result.externalId() == null || result.externalId().isBlank()) {
      // The network said nothing we can show: no false success.
      throw new RuleViolation("social.stream.error.noId", account.network().displayName());
    }
    String conversation =
        result.conversationId() != null
            ? result.conversationId()
            : answered == null ? null : answered.getConversationId();
    NetworkItem item =
        new NetworkItem(
            result.externalId(),
            itemKind(kind),
            account.writer(),
            kind == WriteKind.COMMENT || kind == WriteKind.REPLY ? target : null,
            conversation,
            text,
            Instant.now(),
            null,
            null);
    Long addressedTo = answered == null ? null : answered.getAuthor().getId();
    return writes.storeOwn(account.id(), streamOf(account.network(), kind), item, addressedTo);
  }

  /** The token a write uses: Facebook page writes use the page token. */
  private static SealedToken token(AccountRef account, AccountTokens tokens) {
    return account.network() == Network.FACEBOOK ? tokens.pageOrUser() : tokens.user();
  }

  /**
   * The tokens of an account the rules let the user use now; refused if it stopped being active.
   */
  static AccountTokens tokens(AuthorizedCalls calls, AccountRef account) {
    return calls
        .active(account.id())
        .orElseThrow(
            () ->
                new RuleViolation(
                    "social.stream.error.needsReauth", account.network().displayName()));
  }

  private static String ownerOf(AccountRef account, WriteKind kind) {
    return switch (kind) {
      case POST, MESSAGE_REPLY, COMMENT -> account.pageId();
      case RETWEET, FAVOURITE -> account.externalUserId();
      default -> null;
    };
  }

  /**
   * The text without C0/C1 control characters and unpaired surrogates, which no network shows; a
   * line break ({@code \r\n} becomes {@code \n}) and a tab stay.
   */
  static String withoutControls(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    text.replace("\r\n", "\n")
        .codePoints()
        .filter(
            cp ->
                cp == '\n'
                    || cp == '\t'
                    || (Character.getType(cp) != Character.CONTROL
                        && Character.getType(cp) != Character.SURROGATE))
        .forEach(kept::appendCodePoint);
    return kept.toString();
  }

  /** Whether nothing in the text would show: empty, or only spaces and format characters. */
  static boolean invisible(String text) {
    return text.codePoints()
        .allMatch(
            cp ->
                Character.isWhitespace(cp)
                    || Character.isSpaceChar(cp)
                    || Character.getType(cp) == Character.FORMAT);
  }

  /**
   * The text without control characters (line breaks and tabs kept), stripped; refused when nothing
   * visible is left (only white space, invisible format characters or controls) or when too long
   * for the network (S-12: 280 as Twitter counts).
   */
  static String validated(Network network, WriteKind kind, String text) {
    if (!hasText(kind)) {
      return null;
    }
    String stripped = text == null ? "" : withoutControls(text).strip();
    if (invisible(stripped)) {
      throw new RuleViolation("social.stream.error.blank");
    }
    switch (network) {
      case TWITTER -> {
        if (kind != WriteKind.DM_REPLY && !TweetLength.fits(stripped)) {
          throw new RuleViolation(
              "social.stream.error.tooLongTweet", TweetLength.of(stripped), TweetLength.MAX);
        }
        if (kind == WriteKind.DM_REPLY && stripped.length() > 10000) {
          throw new RuleViolation("social.stream.error.tooLong", 10000);
        }
      }
      case FACEBOOK -> {
        if (stripped.length() > FACEBOOK_MAX) {
          throw new RuleViolation("social.stream.error.tooLong", FACEBOOK_MAX);
        }
      }
      case GOOGLE_PLUS -> {
        if (stripped.length() > GOOGLE_MAX) {
          throw new RuleViolation("social.stream.error.tooLong", GOOGLE_MAX);
        }
      }
    }
    return stripped;
  }

  private static String require(String targetId) {
    if (targetId == null || targetId.isBlank()) {
      throw new RuleViolation("social.stream.error.unknownTarget");
    }
    return targetId;
  }

  static WriteKind writeKind(SocialAction action) {
    return switch (action) {
      case POST -> WriteKind.POST;
      case COMMENT -> WriteKind.COMMENT;
      case LIKE -> WriteKind.LIKE;
      case MESSAGE_REPLY -> WriteKind.MESSAGE_REPLY;
      case TWEET -> WriteKind.TWEET;
      case RETWEET -> WriteKind.RETWEET;
      case REPLY -> WriteKind.REPLY;
      case FAVOURITE -> WriteKind.FAVOURITE;
      case DM_REPLY -> WriteKind.DM_REPLY;
      default -> throw new RuleViolation("social.stream.error.notAWrite", action.label());
    };
  }

  private static ItemKind itemKind(WriteKind kind) {
    return switch (kind) {
      case POST -> ItemKind.POST;
      case COMMENT -> ItemKind.COMMENT;
      case TWEET -> ItemKind.TWEET;
      case REPLY -> ItemKind.REPLY;
      case MESSAGE_REPLY, DM_REPLY -> ItemKind.MESSAGE;
      default -> throw new IllegalArgumentException(kind + " creates nothing");
    };
  }

  private static boolean needsTarget(WriteKind kind) {
    return kind != WriteKind.POST && kind != WriteKind.TWEET;
  }

  static boolean hasText(WriteKind kind) {
    return kind != WriteKind.LIKE && kind != WriteKind.RETWEET && kind != WriteKind.FAVOURITE;
  }

  /** Where what a write created is stored: the stream the sync will read it from. */
  static NetworkStream streamOf(Network network, WriteKind kind) {
    return switch (kind) {
      case POST, COMMENT ->
          network == Network.FACEBOOK
              ? NetworkStream.FACEBOOK_PAGE_FEED
              : NetworkStream.GOOGLE_PAGE_ACTIVITIES;
      case MESSAGE_REPLY -> NetworkStream.FACEBOOK_CONVERSATIONS;
      case TWEET, REPLY -> NetworkStream.TWITTER_OWN_TWEETS;
      case DM_REPLY -> NetworkStream.TWITTER_DIRECT_MESSAGES;
      default -> throw new IllegalArgumentException(kind + " creates nothing");
    };
  }
}
