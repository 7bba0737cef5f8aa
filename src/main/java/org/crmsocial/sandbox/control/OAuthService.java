package org.crmsocial.sandbox.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.crmsocial.sandbox.model.AuthCode;
import org.crmsocial.sandbox.model.Grant;
import org.crmsocial.sandbox.model.Network;
import org.crmsocial.sandbox.model.Token;
import org.crmsocial.sandbox.model.TokenKind;

/**
 * Consents, authorization codes and tokens of the sandbox networks. Codes are single use and short
 * lived; the PKCE verifier and the {@code redirect_uri} of the token request must match the
 * authorization request; tokens expire as each network's do (Facebook: short-lived user token two
 * hours, long-lived sixty days, page tokens from a long-lived token never; Twitter: two hours with
 * a refresh token that rotates on every use; Google: one hour with a lasting refresh token).
 * Revoking a consent kills every token issued under it. Only SHA-256 hashes of codes and tokens are
 * stored, and no value is ever logged.
 */
@Stateless
public class OAuthService {

  /** Facebook's short-lived user token. */
  public static final Duration FACEBOOK_SHORT = Duration.ofHours(2);

  /** Facebook's long-lived user token (about sixty days). */
  public static final Duration FACEBOOK_LONG = Duration.ofDays(60);

  /** Twitter's access token. */
  public static final Duration TWITTER_ACCESS = Duration.ofHours(2);

  /** Google's access token (expires_in 3599). */
  public static final Duration GOOGLE_ACCESS = Duration.ofSeconds(3599);

  /** A token value just issued (given to the client once) and when it expires (null: never). */
  public record Issued(String value, OffsetDateTime expiresAt) {

    /** Seconds left at the given time, for {@code expires_in}. */
    public long expiresIn(OffsetDateTime now) {
      return expiresAt == null ? 0 : Math.max(0, Duration.between(now, expiresAt).getSeconds());
    }
  }

  /** The outcome of a code exchange: the consent and whether a refresh token was asked for. */
  public record Exchange(Grant grant, boolean offline) {}

  /** What a token endpoint answers with: the consent, an access token, a refresh token or null. */
  public record Tokens(Grant grant, Issued access, Issued refresh) {}

  private static final String GRANT_COLUMNS =
      "g.id AS g_id, g.network AS g_network, g.client_id AS g_client, g.user_id AS g_user,"
          + " g.granted AS g_granted, g.declined AS g_declined, g.revoked_at AS g_revoked";

  @Inject SandboxDb db;

  /** Records a user's consent: the permissions granted and those declined. */
  public Grant createGrant(
      Network network, long userId, List<String> granted, List<String> declined) {
    long id = db.nextId();
    try (Connection c = db.connection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO sbx_grant (id, network, client_id, user_id, granted, declined,"
                    + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      s.setLong(1, id);
      s.setString(2, network.name());
      s.setString(3, network.clientId());
      s.setLong(4, userId);
      s.setString(5, String.join(" ", granted));
      s.setString(6, String.join(" ", declined));
      SandboxDb.setTime(s, 7, Times.now());
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("grant", e);
    }
    return new Grant(id, network, network.clientId(), userId, granted, declined, null);
  }

  /** How long a network's authorization code lives (Twitter: 30 s; the others: 10 minutes). */
  public static Duration codeLifetime(Network network) {
    return network == Network.TWITTER ? Duration.ofSeconds(30) : Duration.ofMinutes(10);
  }

  /** Issues an authorization code for a consent, remembering the request it answers. */
  public String issueCode(
      Grant grant, String redirectUri, String challenge, String method, boolean offline) {
    String code =
        Secrets.token(
            switch (grant.network()) {
              case FACEBOOK -> "AQD";
              case TWITTER -> "";
              case GOOGLE -> "4/0A";
            });
    try (Connection c = db.connection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO sbx_auth_code (code_hash, grant_id, redirect_uri, code_challenge,"
                    + " challenge_method, offline, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      s.setString(1, Secrets.hash(code));
      s.setLong(2, grant.id());
      s.setString(3, redirectUri);
      s.setString(4, challenge);
      s.setString(5, challenge == null ? null : (method == null ? "plain" : method));
      s.setBoolean(6, offline);
      SandboxDb.setTime(s, 7, Times.now().plus(codeLifetime(grant.network())));
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("code", e);
    }
    return code;
  }

  /**
   * Exchanges a code: it must exist for this network, be unused and unexpired, and come back with
   * the same {@code redirect_uri} and a verifier matching its PKCE challenge. The code is used up
   * only when every check passed.
   */
  public Exchange exchangeCode(Network network, String code, String redirectUri, String verifier) {
    if (code == null || code.isBlank()) {
      throw new OAuthFailure(OAuthFailure.Reason.UNKNOWN_CODE);
    }
    AuthCode found =
        findCode(Secrets.hash(code))
            .filter(a -> a.grant().network() == network)
            .orElseThrow(() -> new OAuthFailure(OAuthFailure.Reason.UNKNOWN_CODE));
    OffsetDateTime now = Times.now();
    if (found.usedAt() != null) {
      throw new OAuthFailure(OAuthFailure.Reason.CODE_USED);
    }
    if (!found.expiresAt().isAfter(now)) {
      throw new OAuthFailure(OAuthFailure.Reason.CODE_EXPIRED);
    }
    if (!found.redirectUri().equals(redirectUri)) {
      throw new OAuthFailure(OAuthFailure.Reason.REDIRECT_MISMATCH);
    }
    if (found.codeChallenge() != null
        && !Pkce.verify(verifier, found.codeChallenge(), found.challengeMethod())) {
      throw new OAuthFailure(OAuthFailure.Reason.VERIFIER_MISMATCH);
    }
    try (Connection c = db.connection();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE sbx_auth_code SET used_at = ? WHERE code_hash = ? AND used_at IS NULL")) {
      SandboxDb.setTime(s, 1, now);
      s.setString(2, found.hash());
      if (s.executeUpdate() != 1) {
        throw new OAuthFailure(OAuthFailure.Reason.CODE_USED);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("use code", e);
    }
    return new Exchange(found.grant(), found.offline());
  }

  private Optional<AuthCode> findCode(String hash) {
    try (Connection c = db.connection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT a.*, "
                    + GRANT_COLUMNS
                    + " FROM sbx_auth_code a JOIN sbx_grant g ON g.id = a.grant_id"
                    + " WHERE a.code_hash = ?")) {
      s.setString(1, hash);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new AuthCode(
                hash,
                readGrant(r),
                r.getString("redirect_uri"),
                r.getString("code_challenge"),
                r.getString("challenge_method"),
                r.getBoolean("offline"),
                SandboxDb.time(r, "expires_at"),
                SandboxDb.time(r, "used_at")));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("find code", e);
    }
  }

  /** Issues a token under a consent; {@code lifetime} null means it never expires. */
  public Issued issue(
      Grant grant, TokenKind kind, Long pageId, boolean longLived, Duration lifetime) {
    String prefix =
        switch (grant.network()) {
          case FACEBOOK -> kind == TokenKind.PAGE ? "EAAP" : "EAAB";
          case TWITTER -> "";
          case GOOGLE -> kind == TokenKind.REFRESH ? "1//0g" : "ya29.a0";
        };
    String value = Secrets.token(prefix);
    OffsetDateTime now = Times.now();
    OffsetDateTime expires = lifetime == null ? null : now.plus(lifetime);
    try (Connection c = db.connection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO sbx_token (token_hash, grant_id, kind, page_id, long_lived,"
                    + " created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      s.setString(1, Secrets.hash(value));
      s.setLong(2, grant.id());
      s.setString(3, kind.name());
      if (pageId == null) {
        s.setNull(4, Types.BIGINT);
      } else {
        s.setLong(4, pageId);
      }
      s.setBoolean(5, longLived);
      SandboxDb.setTime(s, 6, now);
      SandboxDb.setTime(s, 7, expires);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("issue token", e);
    }
    return new Issued(value, expires);
  }

  /** The token with this value, whatever its state (the caller checks expiry and revocation). */
  public Optional<Token> findToken(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try (Connection c = db.connection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT t.*, "
                    + GRANT_COLUMNS
                    + " FROM sbx_token t JOIN sbx_grant g ON g.id = t.grant_id"
                    + " WHERE t.token_hash = ?")) {
      s.setString(1, Secrets.hash(value));
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        Object page = r.getObject("page_id");
        return Optional.of(
            new Token(
                r.getString("token_hash"),
                TokenKind.valueOf(r.getString("kind")),
                readGrant(r),
                page == null ? null : ((Number) page).longValue(),
                r.getBoolean("long_lived"),
                SandboxDb.time(r, "expires_at"),
                SandboxDb.time(r, "revoked_at")));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("find token", e);
    }
  }

  /**
   * Refreshes: the refresh token must be live and of this network. Twitter's rotates (the old one
   * dies, a new one is returned); Google's stays.
   *
   * @return the new access token, and the new refresh token on Twitter
   */
  public Issued[] refresh(Network network, String refreshValue) {
    Token t =
        findToken(refreshValue)
            .filter(x -> x.kind() == TokenKind.REFRESH && x.grant().network() == network)
            .filter(x -> !x.revoked() && !x.expiredAt(Times.now()))
            .orElseThrow(() -> new OAuthFailure(OAuthFailure.Reason.INVALID_TOKEN));
    if (network == Network.TWITTER) {
      revokeToken(t.hash());
      return new Issued[] {
        issue(t.grant(), TokenKind.ACCESS, null, false, TWITTER_ACCESS),
        issue(t.grant(), TokenKind.REFRESH, null, false, null)
      };
    }
    return new Issued[] {issue(t.grant(), TokenKind.ACCESS, null, false, GOOGLE_ACCESS)};
  }

  /**
   * Twitter's and Google's code exchange ({@link #exchangeCode}): an access token of the network's
   * lifetime, and a refresh token when the consent asked for offline access.
   */
  public Tokens redeemCode(Network network, String code, String redirectUri, String verifier) {
    Exchange exchange = exchangeCode(network, code, redirectUri, verifier);
    Duration lifetime = network == Network.TWITTER ? TWITTER_ACCESS : GOOGLE_ACCESS;
    Issued access = issue(exchange.grant(), TokenKind.ACCESS, null, false, lifetime);
    Issued refresh =
        exchange.offline() ? issue(exchange.grant(), TokenKind.REFRESH, null, false, null) : null;
    return new Tokens(exchange.grant(), access, refresh);
  }

  /** {@link #refresh} with the consent the new tokens belong to. */
  public Tokens refreshTokens(Network network, String refreshValue) {
    Issued[] issued = refresh(network, refreshValue);
    Grant grant =
        findToken(issued[0].value())
            .orElseThrow(() -> new OAuthFailure(OAuthFailure.Reason.INVALID_TOKEN))
            .grant();
    return new Tokens(grant, issued[0], issued.length > 1 ? issued[1] : null);
  }

  /** Revokes a consent and so every token issued under it. */
  public void revokeGrant(long grantId) {
    update("UPDATE sbx_grant SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", grantId);
  }

  private void revokeToken(String hash) {
    try (Connection c = db.connection();
        PreparedStatement s =
            c.prepareStatement("UPDATE sbx_token SET revoked_at = ? WHERE token_hash = ?")) {
      SandboxDb.setTime(s, 1, Times.now());
      s.setString(2, hash);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("revoke token", e);
    }
  }

  /** Expires one token at once (the admin control); false if the sandbox never issued it. */
  public boolean expireToken(Network network, String value) {
    Optional<Token> t = findToken(value).filter(x -> x.grant().network() == network);
    if (t.isEmpty()) {
      return false;
    }
    try (Connection c = db.connection();
        PreparedStatement s =
            c.prepareStatement("UPDATE sbx_token SET expires_at = ? WHERE token_hash = ?")) {
      SandboxDb.setTime(s, 1, Times.now().minusSeconds(1));
      s.setString(2, t.get().hash());
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("expire token", e);
    }
    return true;
  }

  /** Expires at once every access and page token of a user on a network; how many. */
  public int expireUserTokens(Network network, long userId) {
    try (Connection c = db.connection();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE sbx_token SET expires_at = ? WHERE kind <> 'REFRESH' AND grant_id IN"
                    + " (SELECT id FROM sbx_grant WHERE network = ? AND user_id = ?)")) {
      SandboxDb.setTime(s, 1, Times.now().minusSeconds(1));
      s.setString(2, network.name());
      s.setLong(3, userId);
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("expire tokens", e);
    }
  }

  private void update(String sql, long id) {
    try (Connection c = db.connection();
        PreparedStatement s = c.prepareStatement(sql)) {
      SandboxDb.setTime(s, 1, Times.now());
      s.setLong(2, id);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static Grant readGrant(ResultSet r) throws SQLException {
    return new Grant(
        r.getLong("g_id"),
        Network.valueOf(r.getString("g_network")),
        r.getString("g_client"),
        r.getLong("g_user"),
        split(r.getString("g_granted")),
        split(r.getString("g_declined")),
        SandboxDb.time(r, "g_revoked"));
  }

  private static List<String> split(String value) {
    return value == null || value.isBlank() ? List.of() : Arrays.asList(value.trim().split(" +"));
  }
}
