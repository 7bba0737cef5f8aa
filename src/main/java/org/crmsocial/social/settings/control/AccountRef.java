package org.crmsocial.social.settings.control;

import java.io.Serializable;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.NetworkPerson;
import org.crmsocial.social.settings.entity.AccountStatus;
import org.crmsocial.social.settings.entity.SocialAccount;

/**
 * What a Social tab service needs of a linked account once {@link AccountPermissions} let the user
 * use it: no token, only ids and names.
 *
 * @param pageId the page's id on Facebook and Google+, else null
 */
public record AccountRef(
    long id,
    Network network,
    String externalUserId,
    String handle,
    String name,
    String pageId,
    String pageName,
    AccountStatus status)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public static AccountRef of(SocialAccount account) {
    var page = account.getPage();
    return new AccountRef(
        account.getId(),
        account.getNetwork(),
        account.getExternalUserId(),
        account.getHandle(),
        account.getExternalName(),
        page == null ? null : page.getExternalPageId(),
        page == null ? null : page.getName(),
        account.getStatus());
  }

  /** The page's name where there is a page, else the account's name. */
  public String label() {
    return pageName != null ? pageName : name;
  }

  /** Who the account writes as on its network: the page, or the Twitter account itself. */
  public NetworkPerson writer() {
    return pageId != null
        ? new NetworkPerson(pageId, null, pageName, null, null)
        : new NetworkPerson(externalUserId, handle, name, null, null);
  }

  /** The id a stream of this account is read for: the page, or the Twitter user. */
  public String ownerId() {
    return pageId != null ? pageId : externalUserId;
  }
}
