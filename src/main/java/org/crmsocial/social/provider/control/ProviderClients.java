package org.crmsocial.social.provider.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import org.crmsocial.social.provider.model.Network;

/**
 * The configured client of each network, built once from {@link ProviderConfiguration} and shared
 * (the clients are thread-safe and keep no per-account state). Services ask it for the client of an
 * account's network: {@code clients.of(account.getNetwork())}.
 */
@ApplicationScoped
public class ProviderClients {

  @Inject ProviderConfiguration configuration;

  private Map<Network, SocialNetworkClient> clients;

  /** The client of a network. */
  public SocialNetworkClient of(Network network) {
    return clients().get(network);
  }

  private synchronized Map<Network, SocialNetworkClient> clients() {
    if (clients == null) {
      Map<Network, SocialNetworkClient> built = new EnumMap<>(Network.class);
      built.put(Network.FACEBOOK, new FacebookClient(configuration.settings(Network.FACEBOOK)));
      built.put(Network.TWITTER, new TwitterClient(configuration.settings(Network.TWITTER)));
      built.put(
          Network.GOOGLE_PLUS, new GooglePlusClient(configuration.settings(Network.GOOGLE_PLUS)));
      clients = built;
    }
    return clients;
  }
}
