package org.crmsocial.social.settings.control;

import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.settings.entity.AccountStatus;

/**
 * A CDI event {@link LinkStore} fires inside the transaction that changed an account's status
 * (linked, page added, re-authorized, removed, needs re-authorization), so that what depends on the
 * status (the feed sync's timer) follows in the same transaction.
 *
 * @param accountId the account
 * @param network its network
 * @param status its status now
 */
public record AccountStatusChanged(long accountId, Network network, AccountStatus status) {}
