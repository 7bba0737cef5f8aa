package org.crmsocial.social.provider.control;

import com.github.scribejava.core.model.OAuthRequest;
import java.time.Clock;
import org.crmsocial.social.provider.control.TwitterPayloads.DmCreated;
import org.crmsocial.social.provider.control.TwitterPayloads.DmEvents;
import org.crmsocial.social.provider.control.TwitterPayloads.Problem;
import org.crmsocial.social.provider.control.TwitterPayloads.Reply;
import org.crmsocial.social.provider.control.TwitterPayloads.TextRequest;
import org.crmsocial.social.provider.control.TwitterPayloads.TweetCreated;
import org.crmsocial.social.provider.control.TwitterPayloads.TweetIdRequest;
import org.crmsocial.social.provider.control.TwitterPayloads.TweetRequest;
import org.crmsocial.social.provider.control.TwitterPayloads.Tweets;
import org.crmsocial.social.provider.control.TwitterPayloads.UserAnswer;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.NetworkItem;
import org.crmsocial.social.provider.model.NetworkPerson;
import org.crmsocial.social.provider.model.ProviderException;
import org.crmsocial.social.provider.model.StreamPage;
import org.crmsocial.social.provider.model.StreamQuery;
import org.crmsocial.social.provider.model.WriteCommand;
import org.crmsocial.social.provider.model.WriteResult;

/**
 * The X (Twitter) API v2 client, OAuth 2.0 with PKCE. The access token lasts two hours and the
 * refresh token rotates on every refresh. Paging sends {@code meta.next_token} back as {@code
 * pagination_token}, except recent search, which takes it as {@code next_token}.
 */
public final class TwitterClient extends NetworkClientBase {

  /** The tweet fields asked for: {@code entities} too, else X sends no {@code entities.urls}. */
  static final String TWEET_FIELDS =
      "created_at,author_id,conversation_id,in_reply_to_user_id,referenced_tweets,public_metrics,"
          + "entities";

  static final String USER_FIELDS = "name,username,profile_image_url";
  static final String DM_FIELDS = "id,text,event_type,created_at,sender_id,dm_conversation_id";

  public TwitterClient(ClientSettings settings) {
    this(settings, Clock.systemUTC());
  }

  TwitterClient(ClientSettings settings, Clock clock) {
    super(
        settings,
        new TwitterOAuthApi(settings),
        new TwitterErrors(clock),
        JsonCodec.snakeCase(Network.TWITTER),
        clock);
  }

  /** Revokes the refresh token, then the access token ({@code POST /2/oauth2/revoke}). */
  @Override
  public void revoke(String accessToken, String refreshToken) {
    for (String token : new String[] {refreshToken, accessToken}) {
      if (token != null && !token.isBlank()) {
        OAuthRequest request = oauth.revokeRequest();
        request.addParameter("token", token);
        revoking(() -> oauth.send(request, CallContext.Purpose.REVOKE, token));
      }
    }
  }

  @Override
  public NetworkPerson identity(String accessToken) {
    return user(
        ApiCall.get(api(), "/2/users/me")
            .query("user.fields", USER_FIELDS)
            .bearer(accessToken)
            .scope("users.read"));
  }

  @Override
  public boolean hasPages() {
    return false;
  }

  /**
   * Looks a person up by {@code @username}; an unknown name is {@code NotFound} (sent with HTTP
   * 200).
   */
  @Override
  public NetworkPerson findPerson(String accessToken, String handle) {
    String username = require(handle, "the handle").strip();
    username = username.startsWith("@") ? username.substring(1) : username;
    return user(
        ApiCall.get(api(), "/2/users/by/username/%s", username)
            .query("user.fields", USER_FIELDS)
            .bearer(accessToken)
            .scope("users.read"));
  }

  @Override
  StreamPage<NetworkItem> readStream(StreamQuery query) {
    return switch (query.stream()) {
      case TWITTER_OWN_TWEETS -> tweets(query, "/2/users/%s/tweets", owner(query), false);
      case TWITTER_MENTIONS -> tweets(query, "/2/users/%s/mentions", owner(query), true);
      case TWITTER_USER_TWEETS -> tweets(query, "/2/users/%s/tweets", query.subject(), false);
      case TWITTER_SEARCH ->
          TwitterPayloads.tweets(
              call(
                  timeline(ApiCall.get(api(), "/2/tweets/search/recent"), query)
                      .query("query", query.subject())
                      .query("next_token", query.cursor()),
                  Tweets.class),
              false);
      case TWITTER_DIRECT_MESSAGES ->
          TwitterPayloads.messages(
              call(
                  ApiCall.get(api(), "/2/dm_events")
                      .query("dm_event.fields", DM_FIELDS)
                      .query("expansions", "sender_id")
                      .query("user.fields", USER_FIELDS)
                      .query("max_results", query.limit())
                      .query("pagination_token", query.cursor())
                      .bearer(query.accessToken())
                      .scope("dm.read"),
                  DmEvents.class));
      default -> throw unsupported("the stream " + query.stream());
    };
  }

  @Override
  WriteResult writeItem(WriteCommand command) {
    String token = command.accessToken();
    return switch (command.kind()) {
      case TWEET -> tweet(token, new TweetRequest(require(command.text(), "the text"), null));
      case REPLY ->
          tweet(
              token,
              new TweetRequest(
                  require(command.text(), "the text"),
                  new Reply(require(command.targetId(), "the tweet id"))));
      case RETWEET -> {
        call(
            ApiCall.post(
                    api(), "/2/users/%s/retweets", require(command.ownerId(), "the account id"))
                .json(json.write(new TweetIdRequest(require(command.targetId(), "the tweet id"))))
                .bearer(token)
                .scope("tweet.write"),
            Object.class);
        yield WriteResult.done();
      }
      case FAVOURITE -> {
        call(
            ApiCall.post(api(), "/2/users/%s/likes", require(command.ownerId(), "the account id"))
                .json(json.write(new TweetIdRequest(require(command.targetId(), "the tweet id"))))
                .bearer(token)
                .scope("like.write"),
            Object.class);
        yield WriteResult.done();
      }
      case DM_REPLY -> {
        DmCreated sent =
            call(
                ApiCall.post(
                        api(),
                        "/2/dm_conversations/with/%s/messages",
                        require(command.targetId(), "the person id"))
                    .json(json.write(new TextRequest(require(command.text(), "the text"))))
                    .bearer(token)
                    .scope("dm.write"),
                DmCreated.class);
        yield sent.data() == null
            ? WriteResult.done()
            : new WriteResult(sent.data().dmEventId(), sent.data().dmConversationId());
      }
      default -> throw unsupported("the write " + command.kind());
    };
  }

  private WriteResult tweet(String token, TweetRequest request) {
    TweetCreated created =
        call(
            ApiCall.post(api(), "/2/tweets")
                .json(json.write(request))
                .bearer(token)
                .scope("tweet.write"),
            TweetCreated.class);
    return WriteResult.of(created.data() == null ? null : created.data().id());
  }

  private StreamPage<NetworkItem> tweets(
      StreamQuery query, String path, String userId, boolean mentions) {
    return TwitterPayloads.tweets(
        call(
            timeline(ApiCall.get(api(), path, userId), query)
                .query("pagination_token", query.cursor()),
            Tweets.class),
        mentions);
  }

  /** The parameters every tweet list takes, except its cursor. */
  private static ApiCall timeline(ApiCall call, StreamQuery query) {
    return call.query("max_results", query.limit())
        .query("since_id", query.since())
        .query("tweet.fields", TWEET_FIELDS)
        .query("expansions", "author_id")
        .query("user.fields", USER_FIELDS)
        .bearer(query.accessToken())
        .scope("tweet.read");
  }

  private NetworkPerson user(ApiCall call) {
    UserAnswer answer = call(call, UserAnswer.class);
    if (answer.data() != null && answer.data().id() != null) {
      return TwitterPayloads.person(answer.data());
    }
    Problem problem =
        answer.errors() == null || answer.errors().isEmpty() ? null : answer.errors().get(0);
    if (problem == null) {
      throw new ProviderException.Transient(
          Network.TWITTER,
          ProviderException.Detail.noResponse("the answer to " + call.describe() + " has no user"));
    }
    throw TwitterErrors.partial(problem.type(), problem.title(), problem.detail());
  }

  private static String owner(StreamQuery query) {
    return require(query.ownerId(), "the account's user id");
  }
}
