package org.crmsocial.platform.control;

/**
 * A field an audit entry names, with its before and after or its value. The {@link #code} is stored
 * and exported; the log page shows the label of {@link #labelKey} in the reader's language (English
 * and Japanese for each, {@code AuditTextTest} checks).
 */
public enum AuditField {
  NAME("name"),
  EMAIL("email"),
  LANGUAGE("language"),
  PROFILE("profile"),
  ACTIVE("active"),
  PASSWORD_RESET("passwordReset"),
  FAILED_SIGN_INS("failedSignIns"),
  ADMINISTRATIVE("administrative"),
  MANAGE_SOCIAL("manageSocial"),
  SOCIAL_DETAIL_PAGE("socialDetailPage"),
  SOCIAL_TAB("socialTab"),
  CLONED_FROM("clonedFrom"),
  EDITION("edition"),
  STATUS("status"),
  SCOPES("scopes"),
  PAGE("page"),
  ACTIONS("actions"),
  REASON("reason"),
  NETWORK_ERROR("networkError"),
  QUERY("query"),
  ITEM("item"),
  LEAD("lead"),
  CONTACT("contact");

  private final String code;

  AuditField(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public String labelKey() {
    return labelKey(code);
  }

  /** The label key of a stored field code (known or not). */
  public static String labelKey(String code) {
    return "audit.field." + code;
  }
}
