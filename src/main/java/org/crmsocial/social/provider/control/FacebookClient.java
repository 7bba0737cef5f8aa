package org.crmsocial.social.provider.control;

import com.github.scribejava.core.model.OAuthRequest;
import com.github.scribejava.core.model.Parameter;
import com.github.scribejava.core.model.Verb;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.crmsocial.social.provider.control.FacebookPayloads.Accounts;
import org.crmsocial.social.provider.control.FacebookPayloads.Comments;
import org.crmsocial.social.provider.control.FacebookPayloads.Conversations;
import org.crmsocial.social.provider.control.FacebookPayloads.Created;
import org.crmsocial.social.provider.control.FacebookPayloads.Feed;
import org.crmsocial.social.provider.control.FacebookPayloads.Me;
import org.crmsocial.social.provider.control.FacebookPayloads.MessageRequest;
import org.crmsocial.social.provider.control.FacebookPayloads.MessageSent;
import org.crmsocial.social.provider.control.FacebookPayloads.Messages;
import org.crmsocial.social.provider.control.FacebookPayloads.Permissions;
import org.crmsocial.social.provider.control.FacebookPayloads.Recipient;
import org.crmsocial.social.provider.control.FacebookPayloads.Success;
import org.crmsocial.social.provider.control.FacebookPayloads.Text;
import org.crmsocial.social.provider.model.AuthorizationRequest;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.NetworkItem;
import org.crmsocial.social.provider.model.NetworkPage;
import org.crmsocial.social.provider.model.NetworkPerson;
import org.crmsocial.social.provider.model.ProviderException;
import org.crmsocial.social.provider.model.StreamPage;
import org.crmsocial.social.provider.model.StreamQuery;
import org.crmsocial.social.provider.model.TokenGrant;
import org.crmsocial.social.provider.model.WriteCommand;
import org.crmsocial.social.provider.model.WriteResult;

/**
 * The Facebook Graph API client. Linking yields a long-lived user token (about 60 days; Facebook
 * has no refresh token) whose page tokens do not expire; page streams and page writes take the page
 * token. Tokens go in the {@code Authorization} header, never in the URL.
 */
public final class FacebookClient extends NetworkClientBase {

  /**
   * A post's fields: {@code story} and {@code attachments} too, as a shared link, photo or event
   * has no {@code message} (Graph sends only the fields asked for).
   */
  static final String FEED_FIELDS =
      "id,message,story,created_time,from,permalink_url,"
          + "attachments{type,title,description,url,media},"
          + "comments.summary(true){id,message,created_time,from,attachment},likes.summary(true)";

  /** A comment's fields: {@code attachment} too, as a photo or sticker comment has no message. */
  static final String COMMENT_FIELDS = "id,message,created_time,from,attachment";

  static final String CONVERSATION_FIELDS =
      "id,updated_time,message_count,participants,messages.limit(20){id,message,created_time,from}";
  static final String MESSAGE_FIELDS = "id,message,created_time,from";
  static final int FEED_PAGE_SIZE = 25;

  static final String APPSECRET_PROOF = "appsecret_proof";

  /** Enough for any real account; a safety stop should a server keep answering "next". */
  private static final int MAX_PAGES = 50;

  public FacebookClient(ClientSettings settings) {
    this(settings, Clock.systemUTC());
  }

  FacebookClient(ClientSettings settings, Clock clock) {
    super(
        settings,
        new FacebookOAuthApi(settings),
        new FacebookErrors(clock),
        JsonCodec.snakeCase(Network.FACEBOOK),
        clock);
  }

  /**
   * Exchanges the code, swaps the short-lived token at once for a long-lived one, and reads which
   * permissions the person actually granted (they may untick some in the dialog).
   */
  @Override
  public TokenGrant exchange(String code, AuthorizationRequest started) {
    TokenGrant shortLived = super.exchange(code, started);
    OAuthRequest swap = oauth.tokenRequest(Verb.GET);
    swap.addParameter("grant_type", "fb_exchange_token");
    swap.addParameter("fb_exchange_token", shortLived.accessToken());
    TokenGrant longLived =
        oauth.token(swap, CallContext.Purpose.TOKEN_EXCHANGE, shortLived.accessToken());
    return new TokenGrant(
        longLived.accessToken(),
        null,
        longLived.expiresAt(),
        grantedPermissions(longLived.accessToken()));
  }

  /**
   * Every Graph call that carries a token also carries its {@code appsecret_proof}, so an app with
   * "Require App Secret" on is served (an app without it ignores the parameter).
   */
  @Override
  <T> T call(ApiCall call, Class<T> type) {
    return super.call(withAppSecretProof(call), type);
  }

  ApiCall withAppSecretProof(ApiCall call) {
    String token = call.bearerToken();
    if (token != null && settings.hasCredentials()) {
      String proof = appSecretProof(token);
      call.query(APPSECRET_PROOF, proof).secret(proof);
    }
    return call;
  }

  /**
   * Graph's {@code appsecret_proof} of an access token (the lower-case hex HMAC-SHA256 of the
   * token, keyed with the app secret), as ScribeJava's {@code FacebookService} signs a request with
   * that token.
   */
  String appSecretProof(String accessToken) {
    OAuthRequest signed = new OAuthRequest(Verb.GET, api());
    oauth.sign(accessToken, signed);
    return signed.getQueryStringParams().getParams().stream()
        .filter(p -> APPSECRET_PROOF.equals(p.getKey()))
        .map(Parameter::getValue)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("the request was signed without its proof"));
  }

  @Override
  public boolean refreshes() {
    return false;
  }

  @Override
  public TokenGrant refresh(String refreshToken) {
    throw unsupported("refresh tokens; re-authorize when the long-lived token nears its end");
  }

  /** Removes the app's permissions from the person's account ({@code DELETE /me/permissions}). */
  @Override
  public void revoke(String accessToken, String refreshToken) {
    revoking(
        () ->
            call(
                ApiCall.delete(api(), "/me/permissions")
                    .bearer(accessToken)
                    .purpose(CallContext.Purpose.REVOKE),
                Success.class));
  }

  @Override
  public NetworkPerson identity(String accessToken) {
    Me me =
        call(ApiCall.get(api(), "/me").query("fields", "id,name").bearer(accessToken), Me.class);
    return new NetworkPerson(require(me.id(), "the account id"), null, me.name(), null, null);
  }

  /** The pages of {@code /me/accounts}, every page of the list, with their page tokens. */
  @Override
  public List<NetworkPage> pages(String userAccessToken) {
    List<NetworkPage> pages = new ArrayList<>();
    String after = null;
    for (int i = 0; i < MAX_PAGES; i++) {
      Accounts accounts =
          call(
              ApiCall.get(api(), "/me/accounts")
                  .query("after", after)
                  .bearer(userAccessToken)
                  .scope("pages_show_list"),
              Accounts.class);
      NetworkClientBase.listOf(accounts.data()).stream()
          .filter(a -> a.id() != null)
          .map(FacebookPayloads::page)
          .forEach(pages::add);
      after = FacebookPayloads.next(accounts.paging());
      if (after == null) {
        break;
      }
    }
    return List.copyOf(pages);
  }

  @Override
  StreamPage<NetworkItem> readStream(StreamQuery query) {
    return switch (query.stream()) {
      case FACEBOOK_PAGE_FEED ->
          FacebookPayloads.feed(
              call(
                  ApiCall.get(api(), "/%s/feed", require(query.ownerId(), "the page id"))
                      .query("fields", FEED_FIELDS)
                      .query("limit", query.limit() == null ? FEED_PAGE_SIZE : query.limit())
                      .query("after", query.cursor())
                      .query("since", query.since())
                      .bearer(query.accessToken())
                      .scope("pages_read_engagement"),
                  Feed.class));
      case FACEBOOK_COMMENTS ->
          FacebookPayloads.comments(
              call(
                  ApiCall.get(api(), "/%s/comments", query.subject())
                      .query("fields", COMMENT_FIELDS)
                      .query("limit", query.limit())
                      .query("after", query.cursor())
                      .bearer(query.accessToken())
                      .scope("pages_read_user_content"),
                  Comments.class),
              query.subject());
      case FACEBOOK_CONVERSATIONS ->
          FacebookPayloads.conversations(
              call(
                  ApiCall.get(api(), "/%s/conversations", require(query.ownerId(), "the page id"))
                      .query("platform", "messenger")
                      .query("fields", CONVERSATION_FIELDS)
                      .query("limit", query.limit())
                      .query("after", query.cursor())
                      .bearer(query.accessToken())
                      .scope("pages_messaging"),
                  Conversations.class));
      case FACEBOOK_CONVERSATION_MESSAGES ->
          FacebookPayloads.messages(
              call(
                  ApiCall.get(api(), "/%s/messages", query.subject())
                      .query("fields", MESSAGE_FIELDS)
                      .query("limit", query.limit())
                      .query("after", query.cursor())
                      .bearer(query.accessToken())
                      .scope("pages_messaging"),
                  Messages.class),
              query.subject());
      default -> throw unsupported("the stream " + query.stream());
    };
  }

  @Override
  WriteResult writeItem(WriteCommand command) {
    String token = command.accessToken();
    return switch (command.kind()) {
      case POST ->
          WriteResult.of(
              call(
                      ApiCall.post(api(), "/%s/feed", require(command.ownerId(), "the page id"))
                          .form("message", require(command.text(), "the text"))
                          .bearer(token)
                          .scope("pages_manage_posts"),
                      Created.class)
                  .id());
      case COMMENT ->
          WriteResult.of(
              call(
                      ApiCall.post(
                              api(), "/%s/comments", require(command.targetId(), "the item id"))
                          .form("message", require(command.text(), "the text"))
                          .bearer(token)
                          .scope("pages_manage_engagement"),
                      Created.class)
                  .id());
      case LIKE -> {
        Success liked =
            call(
                ApiCall.post(api(), "/%s/likes", require(command.targetId(), "the item id"))
                    .bearer(token)
                    .scope("pages_manage_engagement"),
                Success.class);
        if (!Boolean.TRUE.equals(liked.success())) {
          throw new ProviderException.BadRequest(
              Network.FACEBOOK,
              new ProviderException.Detail(200, null, "the like was not accepted"));
        }
        yield WriteResult.done();
      }
      case MESSAGE_REPLY -> {
        MessageRequest message =
            new MessageRequest(
                new Recipient(require(command.targetId(), "the person id")),
                "RESPONSE",
                new Text(require(command.text(), "the text")));
        MessageSent sent =
            call(
                ApiCall.post(api(), "/%s/messages", require(command.ownerId(), "the page id"))
                    .json(json.write(message))
                    .bearer(token)
                    .scope("pages_messaging"),
                MessageSent.class);
        yield new WriteResult(sent.messageId(), null);
      }
      default -> throw unsupported("the write " + command.kind());
    };
  }

  private Set<String> grantedPermissions(String userAccessToken) {
    Permissions permissions =
        call(ApiCall.get(api(), "/me/permissions").bearer(userAccessToken), Permissions.class);
    return new LinkedHashSet<>(FacebookPayloads.granted(permissions));
  }
}
