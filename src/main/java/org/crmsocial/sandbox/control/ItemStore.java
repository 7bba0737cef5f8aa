package org.crmsocial.sandbox.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crmsocial.sandbox.model.Item;
import org.crmsocial.sandbox.model.ItemKind;
import org.crmsocial.sandbox.model.Network;

/**
 * The items of the sandbox networks: inserts that keep the parent's reply and share counts and a
 * like's count in the same transaction, and newest-first keyset pages over the indexed columns
 * ({@code page_id, kind, id}, {@code parent_id, id}, {@code target_id, kind, id}), so a page costs
 * the same on the first and on the millionth item.
 */
@Stateless
public class ItemStore {

  static final String COLUMNS =
      "id, network, kind, page_id, author_id, parent_id, root_id, target_id, text, created_at,"
          + " like_count, reply_count, share_count";

  static final String INSERT =
      "INSERT INTO sbx_item (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /** A Messenger or DM conversation: the person on the other side and its latest message. */
  public record Conversation(long peerId, long lastId, OffsetDateTime updated) {}

  @Inject SandboxDb db;

  /**
   * Stores a new item under a fresh id and counts it on its parent (a reply, comment or retweet).
   * The root of a new thread is the item itself.
   */
  public Item insert(
      Network network,
      ItemKind kind,
      long pageId,
      long authorId,
      Item parent,
      Long targetId,
      String text,
      OffsetDateTime at) {
    return insert(db.nextId(), network, kind, pageId, authorId, parent, targetId, text, at);
  }

  /**
   * Stores a new item that sorts behind everything stored since the sandbox started, as a backdated
   * post does on a network (see {@link SandboxDb#backdatedId}).
   */
  public Item insertBackdated(
      Network network,
      ItemKind kind,
      long pageId,
      long authorId,
      Long targetId,
      String text,
      OffsetDateTime at) {
    return insert(db.backdatedId(), network, kind, pageId, authorId, null, targetId, text, at);
  }

  private Item insert(
      long id,
      Network network,
      ItemKind kind,
      long pageId,
      long authorId,
      Item parent,
      Long targetId,
      String text,
      OffsetDateTime at) {
    long root = parent == null ? id : parent.rootId();
    Item item =
        new Item(
            id,
            network,
            kind,
            pageId,
            authorId,
            parent == null ? null : parent.id(),
            root,
            targetId,
            text,
            at,
            0,
            0,
            0);
    try (Connection c = db.connection()) {
      try (PreparedStatement s = c.prepareStatement(INSERT)) {
        bind(s, item);
        s.executeUpdate();
      }
      if (parent != null) {
        String column = kind == ItemKind.RETWEET ? "share_count" : "reply_count";
        try (PreparedStatement s =
            c.prepareStatement(
                "UPDATE sbx_item SET " + column + " = " + column + " + 1 WHERE id = ?")) {
          s.setLong(1, parent.id());
          s.executeUpdate();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("insert item", e);
    }
    return item;
  }

  /** Binds an item to the parameters of {@link #INSERT}. */
  static void bind(PreparedStatement s, Item i) throws SQLException {
    s.setLong(1, i.id());
    s.setString(2, i.network().name());
    s.setString(3, i.kind().name());
    s.setLong(4, i.pageId());
    s.setLong(5, i.authorId());
    setLong(s, 6, i.parentId());
    s.setLong(7, i.rootId());
    setLong(s, 8, i.targetId());
    s.setString(9, i.text());
    SandboxDb.setTime(s, 10, i.createdAt());
    s.setInt(11, i.likeCount());
    s.setInt(12, i.replyCount());
    s.setInt(13, i.shareCount());
  }

  private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
    if (value == null) {
      s.setNull(index, Types.BIGINT);
    } else {
      s.setLong(index, value);
    }
  }

  /** The item with this id on this network. */
  public Optional<Item> find(Network network, long id) {
    List<Item> found = query("SELECT " + COLUMNS + " FROM sbx_item WHERE id = ?", List.of(id));
    return found.stream().filter(i -> i.network() == network).findFirst();
  }

  /** One page of a stream. */
  public List<Item> page(StreamQuery q) {
    StringBuilder sql =
        new StringBuilder("SELECT ")
            .append(COLUMNS)
            .append(" FROM sbx_item WHERE ")
            .append(q.by().column)
            .append(" = ?");
    List<Object> args = new ArrayList<>();
    args.add(q.value());
    if (q.kind() != null) {
      sql.append(" AND kind = ?");
      args.add(q.kind().name());
    }
    appendBounds(sql, args, q.belowId(), q.aboveId(), q.since(), q.until());
    // The equality columns lead the ORDER BY as they lead the index, so that H2 reads the index
    // in order and stops after LIMIT rows instead of sorting the whole stream (PostgreSQL does
    // either way).
    String dir = q.ascending() ? " ASC" : " DESC";
    sql.append(" ORDER BY ").append(q.by().column).append(dir);
    if (q.by() != StreamQuery.By.PARENT) {
      sql.append(", kind").append(dir);
    }
    sql.append(", id").append(dir).append(" LIMIT ?");
    args.add(q.limit());
    return query(sql.toString(), args);
  }

  /**
   * The newest posts of a network since a time whose text contains every term, case-insensitively.
   */
  public List<Item> search(
      Network network,
      List<String> terms,
      OffsetDateTime since,
      Long belowId,
      Long aboveId,
      int limit) {
    StringBuilder sql =
        new StringBuilder("SELECT ")
            .append(COLUMNS)
            .append(" FROM sbx_item WHERE network = ? AND kind = 'POST'");
    List<Object> args = new ArrayList<>();
    args.add(network.name());
    for (String term : terms) {
      sql.append(" AND LOWER(text) LIKE ?");
      args.add("%" + term.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
    }
    appendBounds(sql, args, belowId, aboveId, since, null);
    sql.append(" ORDER BY id DESC LIMIT ?");
    args.add(limit);
    return query(sql.toString(), args);
  }

  /** The children of many items at once, oldest first per parent (nested comments of a feed). */
  public Map<Long, List<Item>> children(Collection<Long> parentIds) {
    Map<Long, List<Item>> result = new LinkedHashMap<>();
    if (parentIds.isEmpty()) {
      return result;
    }
    String marks = String.join(", ", java.util.Collections.nCopies(parentIds.size(), "?"));
    for (Item i :
        query(
            "SELECT "
                + COLUMNS
                + " FROM sbx_item WHERE parent_id IN ("
                + marks
                + ") AND kind <> 'RETWEET' ORDER BY parent_id, id",
            new ArrayList<>(parentIds))) {
      result.computeIfAbsent(i.parentId(), k -> new ArrayList<>()).add(i);
    }
    return result;
  }

  /** Who liked each of these items, in the order they liked. */
  public Map<Long, List<Long>> likers(Collection<Long> itemIds) {
    Map<Long, List<Long>> result = new HashMap<>();
    if (itemIds.isEmpty()) {
      return result;
    }
    String marks = String.join(", ", java.util.Collections.nCopies(itemIds.size(), "?"));
    try (Connection c = db.connection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT item_id, actor_id FROM sbx_like WHERE item_id IN ("
                    + marks
                    + ") ORDER BY item_id, created_at, actor_id")) {
      int n = 1;
      for (Long id : itemIds) {
        s.setLong(n++, id);
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          result.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(r.getLong(2));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("likers", e);
    }
    return result;
  }

  /** Records a like; false if this actor had already liked the item (nothing changes then). */
  public boolean like(long itemId, long actorId, OffsetDateTime at) {
    try (Connection c = db.connection()) {
      try (PreparedStatement s =
          c.prepareStatement("SELECT 1 FROM sbx_like WHERE item_id = ? AND actor_id = ?")) {
        s.setLong(1, itemId);
        s.setLong(2, actorId);
        try (ResultSet r = s.executeQuery()) {
          if (r.next()) {
            return false;
          }
        }
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO sbx_like (item_id, actor_id, created_at) VALUES (?, ?, ?)")) {
        s.setLong(1, itemId);
        s.setLong(2, actorId);
        SandboxDb.setTime(s, 3, at);
        s.executeUpdate();
      }
      try (PreparedStatement s =
          c.prepareStatement("UPDATE sbx_item SET like_count = like_count + 1 WHERE id = ?")) {
        s.setLong(1, itemId);
        s.executeUpdate();
      }
      return true;
    } catch (SQLException e) {
      throw new IllegalStateException("like", e);
    }
  }

  /**
   * Whether the author posted this exact text since the given time among their newest 200 posts
   * (Twitter's and Facebook's duplicate rule), read newest first through the stream index.
   */
  public boolean postedRecently(long authorId, String text, OffsetDateTime since) {
    return page(
            StreamQuery.newest(StreamQuery.By.PAGE, authorId, ItemKind.POST, 200)
                .between(since, null))
        .stream()
        .anyMatch(i -> i.authorId() == authorId && text.equals(i.text()));
  }

  /** The conversations of a page, newest message first, older than a conversation's last id. */
  public List<Conversation> conversations(long pageId, Long belowLastId, int limit) {
    String sql =
        "SELECT target_id, MAX(id) AS last_id, MAX(created_at) AS updated FROM sbx_item"
            + " WHERE page_id = ? AND kind = 'MESSAGE' GROUP BY target_id"
            + (belowLastId == null ? "" : " HAVING MAX(id) < ?")
            + " ORDER BY last_id DESC LIMIT ?";
    List<Conversation> result = new ArrayList<>();
    try (Connection c = db.connection();
        PreparedStatement s = c.prepareStatement(sql)) {
      int n = 1;
      s.setLong(n++, pageId);
      if (belowLastId != null) {
        s.setLong(n++, belowLastId);
      }
      s.setInt(n, limit);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          result.add(
              new Conversation(
                  r.getLong("target_id"), r.getLong("last_id"), SandboxDb.time(r, "updated")));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("conversations", e);
    }
    return result;
  }

  /** How many messages a page and a person have exchanged (Graph's {@code message_count}). */
  public long messageCount(long pageId, long peerId) {
    try (Connection c = db.connection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT COUNT(*) FROM sbx_item WHERE page_id = ? AND kind = 'MESSAGE' AND target_id = ?")) {
      s.setLong(1, pageId);
      s.setLong(2, peerId);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("message count", e);
    }
  }

  /** The newest messages between a page and a person. */
  public List<Item> messages(long pageId, long peerId, Long belowId, int limit) {
    List<Object> args = new ArrayList<>(List.of(pageId, peerId));
    StringBuilder sql =
        new StringBuilder("SELECT ")
            .append(COLUMNS)
            .append(" FROM sbx_item WHERE page_id = ? AND kind = 'MESSAGE' AND target_id = ?");
    appendBounds(sql, args, belowId, null, null, null);
    sql.append(" ORDER BY page_id DESC, kind DESC, id DESC LIMIT ?");
    args.add(limit);
    return query(sql.toString(), args);
  }

  private static void appendBounds(
      StringBuilder sql,
      List<Object> args,
      Long belowId,
      Long aboveId,
      OffsetDateTime since,
      OffsetDateTime until) {
    if (belowId != null) {
      sql.append(" AND id < ?");
      args.add(belowId);
    }
    if (aboveId != null) {
      sql.append(" AND id > ?");
      args.add(aboveId);
    }
    if (since != null) {
      sql.append(" AND created_at >= ?");
      args.add(since);
    }
    if (until != null) {
      sql.append(" AND created_at <= ?");
      args.add(until);
    }
  }

  private List<Item> query(String sql, List<Object> args) {
    List<Item> result = new ArrayList<>();
    try (Connection c = db.connection();
        PreparedStatement s = c.prepareStatement(sql)) {
      int n = 1;
      for (Object a : args) {
        if (a instanceof OffsetDateTime t) {
          SandboxDb.setTime(s, n++, t);
        } else {
          s.setObject(n++, a);
        }
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          result.add(read(r));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("query items", e);
    }
    return result;
  }

  private static Item read(ResultSet r) throws SQLException {
    Object parent = r.getObject("parent_id");
    Object target = r.getObject("target_id");
    return new Item(
        r.getLong("id"),
        Network.valueOf(r.getString("network")),
        ItemKind.valueOf(r.getString("kind")),
        r.getLong("page_id"),
        r.getLong("author_id"),
        parent == null ? null : ((Number) parent).longValue(),
        r.getLong("root_id"),
        target == null ? null : ((Number) target).longValue(),
        r.getString("text"),
        SandboxDb.time(r, "created_at"),
        r.getInt("like_count"),
        r.getInt("reply_count"),
        r.getInt("share_count"));
  }
}
