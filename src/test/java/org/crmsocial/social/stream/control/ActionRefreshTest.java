package org.crmsocial.social.stream.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crmsocial.platform.control.RuleViolation;
import org.crmsocial.social.provider.control.ProviderClients;
import org.crmsocial.social.provider.control.SocialNetworkClient;
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
import org.crmsocial.social.provider.model.WriteResult;
import org.crmsocial.social.settings.control.AccountPermissions;
import org.crmsocial.social.settings.control.AccountRef;
import org.crmsocial.social.settings.control.AuthorizedCalls;
import org.crmsocial.social.settings.control.Credentials;
import org.crmsocial.social.settings.control.LinkStore;
import org.crmsocial.social.settings.entity.AccountStatus;
import org.crmsocial.social.settings.entity.SocialAction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * issue 19 point 16 at the Social tab's write service: a tweet whose X token expired on its own
 * (two hours) is sent again with the refreshed token and stored; when X refuses the refresh, the
 * user gets the re-authorization message, nothing is stored, and the composer keeps the draft
 * (StreamActionsView clears it only on success).
 */
class ActionRefreshTest {

  static final long ACCOUNT = 3;

  final List<String> tokensSent = new ArrayList<>();
  final List<NetworkItem> storedOwn = new ArrayList<>();
  Credentials stored;
  String needsReauthorization;
  ActionService actions;

  /** X as far as a tweet needs it: the old token is refused, a refresh token may be dead. */
  final class X implements SocialNetworkClient {
    @Override
    public Network network() {
      return Network.TWITTER;
    }

    @Override
    public WriteResult write(WriteCommand command) {
      tokensSent.add(command.accessToken());
      if (command.accessToken().equals("expired-access")) {
        throw new ProviderException.TokenExpired(
            Network.TWITTER, new ProviderException.Detail(401, null, "Unauthorized"));
      }
      return WriteResult.of("1460323737035677699");
    }

    @Override
    public boolean refreshes() {
      return true;
    }

    @Override
    public TokenGrant refresh(String refreshToken) {
      if (refreshToken.equals("dead-refresh")) {
        throw new ProviderException.TokenExpired(
            Network.TWITTER, new ProviderException.Detail(400, "invalid_request", "invalid"));
      }
      return new TokenGrant("fresh-access", "rotated-refresh", null, Set.of("tweet.write"));
    }

    @Override
    public AuthorizationRequest authorize(String state, String redirectUri) {
      throw new UnsupportedOperationException();
    }

    @Override
    public TokenGrant exchange(String code, AuthorizationRequest started) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void revoke(String accessToken, String refreshToken) {
      throw new UnsupportedOperationException();
    }

    @Override
    public NetworkPerson identity(String accessToken) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean hasPages() {
      return false;
    }

    @Override
    public List<NetworkPage> pages(String userAccessToken) {
      throw new UnsupportedOperationException();
    }

    @Override
    public StreamPage<NetworkItem> read(StreamQuery query) {
      throw new UnsupportedOperationException();
    }

    @Override
    public NetworkPerson findPerson(String accessToken, String handle) {
      throw new UnsupportedOperationException();
    }
  }

  @BeforeEach
  void wire() {
    actions = new ActionService();
    actions.access =
        new AccountPermissions() {
          @Override
          public AccountRef requireAction(long accountId, SocialAction action) {
            return new AccountRef(
                accountId,
                Network.TWITTER,
                "2244994945",
                "acme_jp",
                "Acme Japan",
                null,
                null,
                AccountStatus.ACTIVE);
          }
        };
    SocialNetworkClient x = new X();
    actions.clients =
        new ProviderClients() {
          @Override
          public SocialNetworkClient of(Network network) {
            return x;
          }
        };
    LinkStore links =
        new LinkStore() {
          @Override
          public Optional<Credentials> syncCredentials(long accountId) {
            return needsReauthorization == null ? Optional.of(stored) : Optional.empty();
          }

          @Override
          public void storeRefreshedGrant(long accountId, TokenGrant grant) {
            stored =
                new Credentials(
                    accountId, Network.TWITTER, grant.accessToken(), grant.refreshToken());
          }

          @Override
          public void markNeedsReauthorization(long accountId, String why) {
            needsReauthorization = why;
          }
        };
    actions.calls = new AuthorizedCalls(links);
    actions.writes =
        new StreamWrites() {
          @Override
          public long storeOwn(
              long accountId, NetworkStream stream, NetworkItem item, Long addressedTo) {
            storedOwn.add(item);
            return 42;
          }
        };
  }

  @Test
  void aTweetWithATokenExpiredOnItsOwnIsSentAgainWithTheRefreshedTokenAndStored() {
    stored = new Credentials(ACCOUNT, Network.TWITTER, "expired-access", "refresh-1");

    Long id = actions.perform(ACCOUNT, SocialAction.TWEET, null, "新製品です");

    assertThat(id).isEqualTo(42);
    assertThat(tokensSent).containsExactly("expired-access", "fresh-access");
    assertThat(storedOwn).singleElement().satisfies(i -> assertThat(i.text()).isEqualTo("新製品です"));
    assertThat(stored.refreshToken()).as("the rotated refresh token").isEqualTo("rotated-refresh");
    assertThat(needsReauthorization).as("no re-authorization").isNull();
  }

  @Test
  void aRefusedRefreshAsksForReauthorizationAndStoresNothing() {
    stored = new Credentials(ACCOUNT, Network.TWITTER, "expired-access", "dead-refresh");

    assertThatThrownBy(() -> actions.perform(ACCOUNT, SocialAction.TWEET, null, "新製品です"))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            v -> assertThat(v.getKey()).isEqualTo("social.provider.error.tokenExpired"));

    assertThat(tokensSent).as("not sent again with a dead link").containsExactly("expired-access");
    assertThat(storedOwn).as("no false success").isEmpty();
    assertThat(needsReauthorization).isNotNull();
  }
}
