package org.crmsocial.social.settings.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.settings.control.AccountSummary;
import org.crmsocial.social.settings.control.SocialAccountDirectory;

/**
 * What the Social tab shows of the links: whether any account is linked (none: the welcome screen,
 * S-2, S-18) and, for Manage Social users, the links that need re-authorization soon.
 */
@Named
@RequestScoped
public class SocialLinkStatusView {

  @Inject SocialAccountDirectory directory;

  private Set<Network> linked;
  private List<AccountSummary> attention;

  public boolean isAnyLinked() {
    return !linked().isEmpty();
  }

  public String getLinkedNames() {
    return linked().stream().map(Network::displayName).collect(Collectors.joining(", "));
  }

  public List<AccountSummary> getAttention() {
    if (attention == null) {
      attention = directory.needingAttention();
    }
    return attention;
  }

  private Set<Network> linked() {
    if (linked == null) {
      linked = directory.linkedNetworks();
    }
    return linked;
  }
}
