package org.crmsocial.social.provider.control;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.crmsocial.social.provider.model.AuthorizationRequest;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.NetworkItem;
import org.crmsocial.social.provider.model.NetworkPage;
import org.crmsocial.social.provider.model.NetworkPerson;
import org.crmsocial.social.provider.model.ProviderException;
import org.crmsocial.social.provider.model.RateBudget;
import org.crmsocial.social.provider.model.StreamPage;
import org.crmsocial.social.provider.model.StreamQuery;
import org.crmsocial.social.provider.model.TokenGrant;
import org.crmsocial.social.provider.model.WriteCommand;
import org.crmsocial.social.provider.model.WriteResult;

/**
 * What the three clients share: the OAuth flow, the HTTP sender and the JSON codec of their
 * network, the checks that a stream or write belongs to the network, and the plain "not offered"
 * answers. A client adds only its network's calls and mapping.
 */
abstract class NetworkClientBase implements SocialNetworkClient {

  final ClientSettings settings;
  final ProviderHttp http;
  final OAuthFlow oauth;
  final JsonCodec json;
  final Clock clock;

  NetworkClientBase(
      ClientSettings settings,
      ConfiguredApi api,
      ErrorTranslator errors,
      JsonCodec json,
      Clock clock) {
    this.settings = Objects.requireNonNull(settings);
    this.http = new ProviderHttp(settings, errors, clock);
    this.oauth = new OAuthFlow(api, errors, clock);
    this.json = json;
    this.clock = clock;
  }

  @Override
  public Network network() {
    return settings.network();
  }

  /** The API base URL, as configured. */
  String api() {
    return settings.apiUrl();
  }

  @Override
  public AuthorizationRequest authorize(String state, String redirectUri) {
    Objects.requireNonNull(redirectUri, "redirectUri");
    return oauth.authorize(state, redirectUri);
  }

  @Override
  public TokenGrant exchange(String code, AuthorizationRequest started) {
    return oauth.exchange(code, Objects.requireNonNull(started, "started"));
  }

  @Override
  public boolean refreshes() {
    return true;
  }

  @Override
  public TokenGrant refresh(String refreshToken) {
    return oauth.refresh(refreshToken);
  }

  @Override
  public boolean hasPages() {
    return true;
  }

  @Override
  public List<NetworkPage> pages(String userAccessToken) {
    throw unsupported("pages");
  }

  @Override
  public NetworkPerson findPerson(String accessToken, String handle) {
    throw unsupported("finding a person by handle");
  }

  @Override
  public final StreamPage<NetworkItem> read(StreamQuery query) {
    if (query.stream().network() != network()) {
      throw unsupported("the stream " + query.stream());
    }
    if (query.stream().needsSubject()) {
      require(query.subject(), "the subject of " + query.stream());
    }
    // What the usage headers say of the budget travels with the page (issue 19 point 17).
    RateBudget[] budget = {RateBudget.NONE};
    StreamPage<NetworkItem> page =
        ProviderHttp.observing(seen -> budget[0] = budget[0].and(seen), () -> readStream(query));
    return page.withBudget(page.budget().and(budget[0]));
  }

  @Override
  public final WriteResult write(WriteCommand command) {
    if (!command.kind().offeredBy(network())) {
      throw unsupported("the write " + command.kind());
    }
    return writeItem(command);
  }

  abstract StreamPage<NetworkItem> readStream(StreamQuery query);

  abstract WriteResult writeItem(WriteCommand command);

  /** Sends the call and binds the answer. */
  <T> T call(ApiCall call, Class<T> type) {
    return json.read(http.send(call), type, call.describe());
  }

  /** Runs a revocation; a token the network no longer accepts is as good as revoked. */
  static void revoking(Runnable revocation) {
    try {
      revocation.run();
    } catch (ProviderException.TokenExpired alreadyInvalid) {
      // nothing left to revoke
    }
  }

  static String require(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " is required");
    }
    return value;
  }

  static <T> List<T> listOf(List<T> values) {
    return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
  }

  UnsupportedOperationException unsupported(String what) {
    return new UnsupportedOperationException(network().displayName() + " does not offer " + what);
  }
}
