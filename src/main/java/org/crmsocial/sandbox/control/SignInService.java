package org.crmsocial.sandbox.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import org.crmsocial.sandbox.model.Actor;
import org.crmsocial.sandbox.model.Network;

/**
 * Signing in to a sandbox network: checks a user's password and keeps the network's own session
 * (the cookie that lets Facebook say "You are already signed in as …"). Sessions last 30 days; only
 * the SHA-256 of a session id is stored.
 */
@Stateless
public class SignInService {

  /** How long a sandbox sign-in lasts. */
  public static final Duration SESSION = Duration.ofDays(30);

  @Inject SandboxDb db;
  @Inject ActorDirectory actors;

  /** The user with this e-mail (or handle) and password, if they match. */
  public Optional<Actor> check(Network network, String login, String password) {
    return actors
        .findLogin(network, login)
        .filter(a -> Secrets.checkPassword(password == null ? "" : password, a.passwordHash()));
  }

  /** Opens a session for the user; the value goes into the network's cookie. */
  public String open(Network network, long userId) {
    String value = Secrets.token("");
    try (Connection c = db.connection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO sbx_session (session_hash, network, user_id, expires_at)"
                    + " VALUES (?, ?, ?, ?)")) {
      s.setString(1, Secrets.hash(value));
      s.setString(2, network.name());
      s.setLong(3, userId);
      SandboxDb.setTime(s, 4, Times.now().plus(SESSION));
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("session", e);
    }
    return value;
  }

  /** The user a live session of this network belongs to. */
  public Optional<Actor> user(Network network, String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try (Connection c = db.connection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT user_id FROM sbx_session WHERE session_hash = ? AND network = ?"
                    + " AND expires_at > ?")) {
      s.setString(1, Secrets.hash(value));
      s.setString(2, network.name());
      SandboxDb.setTime(s, 3, Times.now());
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? actors.find(network, r.getLong(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("session", e);
    }
  }

  /** Ends a session (Change user). */
  public void close(String value) {
    if (value == null) {
      return;
    }
    try (Connection c = db.connection();
        PreparedStatement s =
            c.prepareStatement("DELETE FROM sbx_session WHERE session_hash = ?")) {
      s.setString(1, Secrets.hash(value));
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("session", e);
    }
  }
}
