package org.crmsocial.social.sync.control;

import jakarta.ejb.ApplicationException;

/**
 * The account stopped being active during a run (removed, re-authorization needed): the page is not
 * stored and the run ends, so a removed account is never synced (S-17).
 */
@ApplicationException // rolled back where a transaction runs: RefusalRollback
public class AccountNotActive extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AccountNotActive(long accountId) {
    super("social account " + accountId + " is no longer active");
  }

  /** The cursor is gone: its account was removed (its cursors forgotten) during the run. */
  static AccountNotActive cursorGone(long cursorId) {
    return new AccountNotActive("the account of sync cursor " + cursorId + " was removed");
  }

  private AccountNotActive(String message) {
    super(message);
  }
}
