package org.crmsocial.social.provider.model;

import java.util.Objects;

/**
 * An account's token on its way from the settings feature to one provider call: the only form in
 * which a token leaves {@code social.settings} for another feature (DESIGN.md §3 "Tokens"). Whoever
 * holds it can hand it to {@link StreamQuery#of(NetworkStream, SealedToken, String)} or {@link
 * WriteCommand#of}, nothing more: its clear value is readable only inside this package, where the
 * query or command put it into the call, and {@link #toString()} never shows it.
 */
public final class SealedToken {

  private final String value;

  private SealedToken(String value) {
    this.value = Objects.requireNonNull(value, "token");
  }

  /** Seals a clear token; only the settings feature, which decrypts tokens, has one to seal. */
  public static SealedToken of(String clear) {
    return new SealedToken(clear);
  }

  /** The clear token, for the query or command being built in this package. */
  String reveal() {
    return value;
  }

  @Override
  public String toString() {
    return "SealedToken[***]";
  }
}
