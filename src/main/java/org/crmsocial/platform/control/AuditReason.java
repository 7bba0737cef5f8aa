package org.crmsocial.platform.control;

/**
 * Why the product itself (or an administrator's click) removed or changed something, as the audit
 * log states it: stored by {@link #code}, shown in the reader's language ({@code
 * audit.reason.<code>}, English and Japanese, {@code AuditTextTest} checks).
 */
public enum AuditReason {
  REMOVED_BY_ADMINISTRATOR("removedByAdministrator"),
  ADD_PAGE_CLOSED("addPageClosed"),
  REPLACED_WHILE_PENDING("replacedWhilePending"),
  NO_PAGE("noPage"),
  PENDING_EXPIRED("pendingExpired");

  private final String code;

  AuditReason(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** The reason as an audit value: translated when shown. */
  public Translated text() {
    return new Translated("audit.reason." + code);
  }
}
