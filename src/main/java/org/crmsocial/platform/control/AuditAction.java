package org.crmsocial.platform.control;

/**
 * Every kind of change the audit log records. The {@link #code} is what is stored and exported
 * (stable: exports and older entries keep it); the log page shows the sentence of {@link
 * #sentenceKey} instead, in the reader's language. A new action needs its sentence in English and
 * Japanese ({@code AuditTextTest} fails otherwise).
 */
public enum AuditAction {
  ORGANIZATION_EDITION("organization.edition"),
  USER_CREATE("user.create"),
  USER_UPDATE("user.update"),
  USER_DEACTIVATE("user.deactivate"),
  USER_ACTIVATE("user.activate"),
  USER_UNLOCK("user.unlock"),
  USER_LOCKED("user.locked"),
  PROFILE_CLONE("profile.clone"),
  PROFILE_UPDATE("profile.update"),
  PROFILE_DELETE("profile.delete"),
  SOCIAL_ACCOUNT_LINKED("social.account.linked"),
  SOCIAL_ACCOUNT_RESUMED("social.account.resumed"),
  SOCIAL_ACCOUNT_REAUTHORIZED("social.account.reauthorized"),
  SOCIAL_ACCOUNT_REMOVE("social.account.remove"),
  SOCIAL_ACCOUNT_REFRESH("social.account.refresh"),
  SOCIAL_ACCOUNT_NEEDS_REAUTH("social.account.needsReauth"),
  SOCIAL_ACCOUNT_ERASE("social.account.erase"),
  SOCIAL_PAGE_ADD("social.page.add"),
  SOCIAL_GRANTS_UPDATE("social.grants.update"),
  SOCIAL_ACCESS_UPDATE("social.access.update"),
  SOCIAL_SEARCH_SAVE("social.search.save"),
  SOCIAL_SEARCH_DELETE("social.search.delete"),
  SOCIAL_STREAM_POST("social.stream.post"),
  SOCIAL_STREAM_COMMENT("social.stream.comment"),
  SOCIAL_STREAM_TWEET("social.stream.tweet"),
  SOCIAL_STREAM_REPLY("social.stream.reply"),
  SOCIAL_STREAM_MESSAGE("social.stream.message"),
  SOCIAL_STREAM_RETWEET("social.stream.retweet"),
  SOCIAL_STREAM_MENTION("social.stream.mention"),
  SOCIAL_STREAM_LIKE("social.stream.like"),
  SOCIAL_STREAM_FAVOURITE("social.stream.favourite"),
  SOCIAL_STREAM_SHARE("social.stream.share"),
  SOCIAL_PERSON_CREATE_LEAD("social.person.createLead"),
  SOCIAL_PERSON_CREATE_CONTACT("social.person.createContact"),
  SOCIAL_PERSON_ASSOCIATE("social.person.associate"),
  SOCIAL_PERSON_DISSOCIATE("social.person.dissociate");

  private final String code;

  AuditAction(String code) {
    this.code = code;
  }

  /** The stored and exported code, such as {@code social.account.remove}. */
  public String code() {
    return code;
  }

  /** The key of the sentence the log shows; its one argument is the entry's target. */
  public String sentenceKey() {
    return sentenceKey(code);
  }

  /** The sentence key of a stored code (known or not). */
  public static String sentenceKey(String code) {
    return "audit.action." + code;
  }
}
