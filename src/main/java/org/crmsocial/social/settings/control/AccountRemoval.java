package org.crmsocial.social.settings.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.crmsocial.platform.control.AuditReason;
import org.crmsocial.security.control.AccessPolicy;

/**
 * Unlinking an account from Setup &gt; Social Integration (S-17…S-21) and erasing what a removed
 * account left. Only Manage Social users in an edition with Social may call it (S-5, S-7, S-22).
 * The removal commits first ({@link LinkStore}) and the tokens are revoked at the network
 * afterwards, best effort ({@link TokenRevocation}), with no transaction held meanwhile.
 */
@Stateless
public class AccountRemoval {

  @Inject AccessPolicy policy;
  @Inject TokenRevocation revocation;
  @EJB LinkStore store;

  /**
   * The delete icon, confirmed with "Yes, delete now" (S-17, S-21): unlinks the account, erases its
   * tokens and revokes them at the network (best effort). Its data stays stored but hidden (S-19);
   * leads and contacts are not touched (S-20).
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void remove(long accountId) {
    policy.requireManageSocial();
    store
        .remove(accountId, false, AuditReason.REMOVED_BY_ADMINISTRATOR)
        .ifPresent(revocation::revoke);
  }

  /** Erases the stored data of a removed account: a separate, confirmed action. */
  public void eraseData(long accountId) {
    policy.requireManageSocial();
    store.erase(accountId);
  }
}
