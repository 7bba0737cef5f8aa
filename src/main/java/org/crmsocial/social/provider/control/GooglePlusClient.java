package org.crmsocial.social.provider.control;

import com.github.scribejava.core.model.OAuthRequest;
import com.github.scribejava.core.model.Verb;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.crmsocial.social.provider.control.GooglePlusPayloads.Access;
import org.crmsocial.social.provider.control.GooglePlusPayloads.AccessItem;
import org.crmsocial.social.provider.control.GooglePlusPayloads.ActivityFeed;
import org.crmsocial.social.provider.control.GooglePlusPayloads.CommentFeed;
import org.crmsocial.social.provider.control.GooglePlusPayloads.Created;
import org.crmsocial.social.provider.control.GooglePlusPayloads.NewActivity;
import org.crmsocial.social.provider.control.GooglePlusPayloads.NewComment;
import org.crmsocial.social.provider.control.GooglePlusPayloads.NewContent;
import org.crmsocial.social.provider.control.GooglePlusPayloads.PeopleFeed;
import org.crmsocial.social.provider.control.GooglePlusPayloads.Person;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.NetworkItem;
import org.crmsocial.social.provider.model.NetworkPage;
import org.crmsocial.social.provider.model.NetworkPerson;
import org.crmsocial.social.provider.model.StreamPage;
import org.crmsocial.social.provider.model.StreamQuery;
import org.crmsocial.social.provider.model.WriteCommand;
import org.crmsocial.social.provider.model.WriteResult;

/**
 * The Google+ client: API v1 for the signed-in person, Pages API v2 for the page, acting {@code
 * onBehalfOf} the page with the user's token. Google+ offers posts and comments only: no +1 and no
 * messages ever existed in its API.
 */
public final class GooglePlusClient extends NetworkClientBase {

  static final int PAGE_SIZE = 20;
  private static final int MAX_PAGES = 50;

  public GooglePlusClient(ClientSettings settings) {
    this(settings, Clock.systemUTC());
  }

  GooglePlusClient(ClientSettings settings, Clock clock) {
    super(
        settings,
        new GoogleOAuthApi(settings),
        new GoogleErrors(clock),
        JsonCodec.camelCase(Network.GOOGLE_PLUS),
        clock);
  }

  /**
   * Revokes the grant with {@code POST {revoke-url}?token=…}: through the refresh token when there
   * is one (which ends the access token too), else the access token.
   */
  @Override
  public void revoke(String accessToken, String refreshToken) {
    String token = refreshToken != null && !refreshToken.isBlank() ? refreshToken : accessToken;
    OAuthRequest request = new OAuthRequest(Verb.POST, oauth.revokeEndpoint());
    request.addQuerystringParameter("token", require(token, "a token"));
    revoking(() -> oauth.send(request, CallContext.Purpose.REVOKE, token));
  }

  @Override
  public NetworkPerson identity(String accessToken) {
    Person me =
        call(
            ApiCall.get(api(), "/plus/v1/people/me").bearer(accessToken).scope("plus.me"),
            Person.class);
    require(me.id(), "the account id");
    return GooglePlusPayloads.person(me);
  }

  @Override
  public List<NetworkPage> pages(String userAccessToken) {
    List<NetworkPage> pages = new ArrayList<>();
    String pageToken = null;
    for (int i = 0; i < MAX_PAGES; i++) {
      PeopleFeed feed =
          call(
              ApiCall.get(api(), "/plusPages/v2/people/me/people/pages")
                  .query("pageToken", pageToken)
                  .bearer(userAccessToken)
                  .scope("plus.pages.manage"),
              PeopleFeed.class);
      NetworkClientBase.listOf(feed.items()).stream()
          .filter(p -> p.id() != null)
          .map(GooglePlusPayloads::page)
          .forEach(pages::add);
      pageToken = GooglePlusPayloads.blankToNull(feed.nextPageToken());
      if (pageToken == null) {
        break;
      }
    }
    return List.copyOf(pages);
  }

  @Override
  StreamPage<NetworkItem> readStream(StreamQuery query) {
    String page = require(query.ownerId(), "the page id");
    int size = query.limit() == null ? PAGE_SIZE : query.limit();
    return switch (query.stream()) {
      case GOOGLE_PAGE_ACTIVITIES ->
          GooglePlusPayloads.activities(
              call(
                  ApiCall.get(api(), "/plusPages/v2/people/%s/activities/public", page)
                      .query("onBehalfOf", page)
                      .query("maxResults", size)
                      .query("pageToken", query.cursor())
                      .bearer(query.accessToken())
                      .scope("plus.stream.read"),
                  ActivityFeed.class));
      case GOOGLE_ACTIVITY_COMMENTS ->
          GooglePlusPayloads.comments(
              call(
                  ApiCall.get(api(), "/plusPages/v2/activities/%s/comments", query.subject())
                      .query("onBehalfOf", page)
                      .query("maxResults", size)
                      .query("pageToken", query.cursor())
                      .bearer(query.accessToken())
                      .scope("plus.stream.read"),
                  CommentFeed.class),
              query.subject());
      default -> throw unsupported("the stream " + query.stream());
    };
  }

  @Override
  WriteResult writeItem(WriteCommand command) {
    String page = require(command.ownerId(), "the page id");
    NewContent content = new NewContent(require(command.text(), "the text"));
    ApiCall call =
        switch (command.kind()) {
          case POST ->
              ApiCall.post(api(), "/plusPages/v2/people/%s/activities", page)
                  .json(
                      json.write(
                          new NewActivity(content, new Access(List.of(new AccessItem("public"))))));
          case COMMENT ->
              ApiCall.post(
                      api(),
                      "/plusPages/v2/activities/%s/comments",
                      require(command.targetId(), "the activity id"))
                  .query("onBehalfOf", page)
                  .json(json.write(new NewComment(content)));
          default -> throw unsupported("the write " + command.kind());
        };
    Created created =
        call(call.bearer(command.accessToken()).scope("plus.stream.write"), Created.class);
    return WriteResult.of(created.id());
  }
}
