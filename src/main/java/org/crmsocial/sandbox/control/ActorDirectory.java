package org.crmsocial.sandbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.crmsocial.sandbox.model.Actor;
import org.crmsocial.sandbox.model.ActorKind;
import org.crmsocial.sandbox.model.Network;

/**
 * The actors of the three networks: users, their pages and the people who talk. Actors are few and
 * change only when demo data is seeded, so they are read once into memory and served from there
 * (every feed item names its author); a miss reads the table again.
 */
@ApplicationScoped
public class ActorDirectory {

  private static final String COLUMNS =
      "id, network, kind, name, handle, email, password_hash, owner_id, category, hidden";

  @Inject SandboxDb db;

  private final Map<Long, Actor> byId = new ConcurrentHashMap<>();
  private volatile boolean loaded;

  /** The actor with this id on this network. */
  public Optional<Actor> find(Network network, long id) {
    Actor a = byId.get(id);
    if (a == null) {
      reload();
      a = byId.get(id);
    }
    return Optional.ofNullable(a).filter(x -> x.network() == network);
  }

  /** A user found by e-mail or handle, case-insensitively: who is signing in. */
  public Optional<Actor> findLogin(Network network, String login) {
    if (login == null || login.isBlank()) {
      return Optional.empty();
    }
    String key = login.trim().toLowerCase(Locale.ROOT);
    String handle = key.startsWith("@") ? key.substring(1) : key;
    ensureLoaded();
    return byId.values().stream()
        .filter(a -> a.network() == network && a.kind() == ActorKind.USER)
        .filter(
            a ->
                key.equalsIgnoreCase(a.email() == null ? "" : a.email())
                    || handle.equalsIgnoreCase(a.handle() == null ? "" : a.handle()))
        .findFirst();
  }

  /** A user or person found by handle (Twitter username), case-insensitively. */
  public Optional<Actor> findHandle(Network network, String handle) {
    ensureLoaded();
    return byId.values().stream()
        .filter(a -> a.network() == network && a.handle() != null)
        .filter(a -> a.handle().equalsIgnoreCase(handle))
        .findFirst();
  }

  /** The pages a user manages, in id order. */
  public List<Actor> pagesOf(long userId) {
    ensureLoaded();
    return byId.values().stream()
        .filter(a -> a.kind() == ActorKind.PAGE && Long.valueOf(userId).equals(a.ownerId()))
        .sorted(java.util.Comparator.comparingLong(Actor::id))
        .toList();
  }

  /** The people of a network (who post, comment, like and message), in id order. */
  public List<Actor> people(Network network) {
    ensureLoaded();
    return byId.values().stream()
        .filter(a -> a.network() == network && a.kind() == ActorKind.PERSON)
        .sorted(java.util.Comparator.comparingLong(Actor::id))
        .toList();
  }

  /** Whether a user manages a page (or, on Twitter, is the account itself). */
  public boolean manages(long userId, long pageId) {
    if (userId == pageId) {
      return true;
    }
    ensureLoaded();
    Actor page = byId.get(pageId);
    return page != null && Long.valueOf(userId).equals(page.ownerId());
  }

  /** Inserts actors (demo data), skipping ids already there. */
  public void insertMissing(Connection c, List<Actor> actors) throws SQLException {
    try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM sbx_actor WHERE id = ?");
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO sbx_actor ("
                    + COLUMNS
                    + ", created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Actor a : actors) {
        exists.setLong(1, a.id());
        try (ResultSet r = exists.executeQuery()) {
          if (r.next()) {
            continue;
          }
        }
        insert.setLong(1, a.id());
        insert.setString(2, a.network().name());
        insert.setString(3, a.kind().name());
        insert.setString(4, a.name());
        insert.setString(5, a.handle());
        insert.setString(6, a.email());
        insert.setString(7, a.passwordHash());
        if (a.ownerId() == null) {
          insert.setNull(8, java.sql.Types.BIGINT);
        } else {
          insert.setLong(8, a.ownerId());
        }
        insert.setString(9, a.category());
        insert.setBoolean(10, a.hidden());
        SandboxDb.setTime(insert, 11, Times.now());
        insert.executeUpdate();
      }
    }
    loaded = false;
  }

  private void ensureLoaded() {
    if (!loaded) {
      reload();
    }
  }

  private synchronized void reload() {
    List<Actor> all = new ArrayList<>();
    try (Connection c = db.connection();
        PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM sbx_actor");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        Object owner = r.getObject("owner_id");
        all.add(
            new Actor(
                r.getLong("id"),
                Network.valueOf(r.getString("network")),
                ActorKind.valueOf(r.getString("kind")),
                r.getString("name"),
                r.getString("handle"),
                r.getString("email"),
                r.getString("password_hash"),
                owner == null ? null : ((Number) owner).longValue(),
                r.getString("category"),
                r.getBoolean("hidden")));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("sbx_actor", e);
    }
    for (Actor a : all) {
      byId.put(a.id(), a);
    }
    loaded = true;
  }
}
