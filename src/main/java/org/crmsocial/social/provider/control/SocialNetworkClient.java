package org.crmsocial.social.provider.control;

import java.util.List;
import java.util.Set;
import org.crmsocial.social.provider.model.AuthorizationRequest;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.NetworkItem;
import org.crmsocial.social.provider.model.NetworkPage;
import org.crmsocial.social.provider.model.NetworkPerson;
import org.crmsocial.social.provider.model.NetworkStream;
import org.crmsocial.social.provider.model.ProviderException;
import org.crmsocial.social.provider.model.StreamPage;
import org.crmsocial.social.provider.model.StreamQuery;
import org.crmsocial.social.provider.model.TokenGrant;
import org.crmsocial.social.provider.model.WriteCommand;
import org.crmsocial.social.provider.model.WriteKind;
import org.crmsocial.social.provider.model.WriteResult;

/**
 * The provider SPI: everything the product asks of a social network, in network-neutral terms.
 * There is one implementation per network ({@link FacebookClient}, {@link TwitterClient}, {@link
 * GooglePlusClient}); {@link ProviderClients} hands out the configured ones.
 *
 * <p>Every method makes real HTTP calls to the configured base URLs, with connect and read
 * timeouts; none runs inside a database transaction. Every network failure leaves as a {@link
 * ProviderException} subclass. Asking for a stream or write the network does not offer (see {@link
 * #streams()}, {@link WriteKind#offeredBy}) is a programming error: {@link
 * UnsupportedOperationException}. The caller passes tokens in and stores what comes back; a client
 * keeps no token and logs none.
 */
public interface SocialNetworkClient {

  Network network();

  /** The streams this network offers; the {@link NetworkStream#synced()} ones are the sync's. */
  default Set<NetworkStream> streams() {
    Set<NetworkStream> streams = java.util.EnumSet.noneOf(NetworkStream.class);
    for (NetworkStream stream : NetworkStream.values()) {
      if (stream.network() == network()) {
        streams.add(stream);
      }
    }
    return streams;
  }

  /**
   * The authorization URL to send the browser to, with {@code state} and (Twitter, Google) a fresh
   * PKCE S256 challenge. Keep the result in the session for {@link #exchange}.
   *
   * @param state a single-use value bound to the session
   * @param redirectUri the callback URL, exactly as registered with the network
   */
  AuthorizationRequest authorize(String state, String redirectUri);

  /**
   * Exchanges the callback's code for tokens, with the redirect URI and PKCE verifier of the
   * authorization it answers. Facebook swaps the short-lived token at once for a long-lived one
   * (about 60 days, no refresh token) and reads the granted permissions; Twitter and Google report
   * the granted scopes in the token answer.
   *
   * @throws ProviderException.BadRequest for a wrong verifier, a used or expired code
   */
  TokenGrant exchange(String code, AuthorizationRequest started);

  /** Whether {@link #refresh} is possible (not on Facebook). */
  boolean refreshes();

  /**
   * A new grant from a refresh token. Store all of it: Twitter rotates the refresh token and the
   * old one stops working; where the network sends none back (Google), the grant keeps the one
   * passed in.
   *
   * @throws ProviderException.TokenExpired when the network no longer accepts the refresh token
   * @throws UnsupportedOperationException on Facebook, which has no refresh token
   */
  TokenGrant refresh(String refreshToken);

  /**
   * Revokes the app's access: on Facebook the user token's permissions, on Twitter both tokens, on
   * Google the grant (through the refresh token when there is one). A token the network already
   * considers invalid counts as revoked.
   *
   * @param refreshToken the refresh token, or null
   */
  void revoke(String accessToken, String refreshToken);

  /** The signed-in account: its network user id (the stable key), handle, name and picture. */
  NetworkPerson identity(String accessToken);

  /** Whether the network has pages to choose after linking (Facebook, Google+). */
  boolean hasPages();

  /**
   * The pages the account manages, with their page tokens on Facebook. An empty list means the
   * account has no page (S-10, S-16).
   *
   * @throws UnsupportedOperationException on Twitter, which has no pages
   */
  List<NetworkPage> pages(String userAccessToken);

  /** One page of a stream, newest first; {@link StreamPage#nextCursor()} leads to older items. */
  StreamPage<NetworkItem> read(StreamQuery query);

  /**
   * A person by handle (Twitter {@code @username} without the {@code @}), for reading their tweets
   * ({@link NetworkStream#TWITTER_USER_TWEETS}, subject: the id returned here).
   *
   * @throws ProviderException.NotFound when the network knows no such person
   * @throws UnsupportedOperationException where the network has no handles
   */
  NetworkPerson findPerson(String accessToken, String handle);

  /** Performs a write: post, comment, like, reply, retweet, favourite, message. */
  WriteResult write(WriteCommand command);
}
