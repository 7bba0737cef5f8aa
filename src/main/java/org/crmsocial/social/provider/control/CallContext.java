package org.crmsocial.social.provider.control;

/**
 * Why a call was made, which decides how some errors read: an {@code invalid_grant} is a bad
 * request while exchanging a code, but a dead link (re-authorize) while refreshing.
 *
 * @param purpose what the call is for
 * @param scope the permission the call needs, when the client knows it; reported by {@code
 *     MissingPermission} when the network does not name it
 */
record CallContext(Purpose purpose, String scope) {

  enum Purpose {
    API,
    TOKEN_EXCHANGE,
    TOKEN_REFRESH,
    REVOKE
  }

  static final CallContext API = new CallContext(Purpose.API, null);

  static CallContext of(Purpose purpose) {
    return new CallContext(purpose, null);
  }
}
