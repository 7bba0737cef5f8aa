package org.crmsocial.it.browser.people;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Test-only, deployed in a WAR of its own next to the product (never in the product): puts one
 * Twitter person, three of their tweets to the brand, the brand's reply to the newest and an answer
 * to them whose sender the network hides into the product's tables with plain JDBC, as the sync
 * would have stored them, for the browser tests of the detail page (the sync is another issue). The
 * person and tweets belong to the Twitter account the test linked. Parameters {@code id}, {@code
 * handle}, {@code name} choose the person (a sandbox user, for a live tweet history); an id already
 * stored is reused. Answers the handle.
 */
@WebServlet("/seed")
public class SocialSeedServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** The texts, oldest first; one carries markup that the page must show as text. */
  public static final String[] TEXTS = {
    "first mention <script>alert(1)</script>", "second mention", "newest mention"
  };

  /** The text of the brand's reply to the newest mention. */
  public static final String BRAND_REPLY = "thanks for asking";

  /**
   * The reply's rich text as a network might send it (issue 19 point 11: network HTML): bold and a
   * web link to keep, a script, a handler and a javascript: link to drop.
   */
  public static final String BRAND_REPLY_HTML =
      "thanks for <b>asking</b> <a href=\"https://acme.example/help\" onclick=\"alert(1)\">help</a>"
          + " <a href=\"javascript:alert(2)\">bad</a><script>alert(3)</script>";

  /** The link the reply shares (issue 19 point 10): its card's title and address. */
  public static final String SHARED_TITLE = "Acme help center";

  public static final String SHARED_URL = "https://acme.example/help?from=reply";

  /** The text of a reply to the person whose sender the network does not show. */
  public static final String HIDDEN_REPLY = "an answer from someone hidden";

  @Resource(lookup = "jdbc/crmsocial")
  DataSource db;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    request.setCharacterEncoding("UTF-8");
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String externalId = param(request, "id", "seed-" + tag);
    String handle = param(request, "handle", "seed_" + tag);
    String name = param(request, "name", "Seed " + tag);
    try (Connection c = db.getConnection()) {
      long account =
          single(
              c, "SELECT id FROM social_account WHERE network = 'TWITTER' AND status = 'ACTIVE'");
      Timestamp now = Timestamp.from(Instant.now());
      Long known = find(c, externalId);
      long person = known != null ? known : single(c, "SELECT NEXT VALUE FOR social_person_seq");
      if (known == null) {
        try (PreparedStatement p =
            c.prepareStatement(
                "INSERT INTO social_person (id, network, external_id, handle, display_name, search_handle, search_name,"
                    + " profile_url, first_seen_at, last_seen_at, version) VALUES (?, 'TWITTER', ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
          p.setLong(1, person);
          p.setString(2, externalId);
          p.setString(3, handle);
          p.setString(4, name);
          p.setString(5, handle.toLowerCase(java.util.Locale.ROOT));
          p.setString(6, name.toLowerCase(java.util.Locale.ROOT));
          p.setString(7, "https://twitter.com/" + handle);
          p.setTimestamp(8, now);
          p.setTimestamp(9, now);
          p.executeUpdate();
        }
      }
      long block = single(c, "SELECT NEXT VALUE FOR social_interaction_seq");
      try (PreparedStatement i =
          c.prepareStatement(
              "INSERT INTO social_interaction (id, network, external_id, account_id, stream, kind, direction, author_id,"
                  + " text, permalink, created_at, fetched_at, like_count, reply_count, share_count, liked_by_account,"
                  + " shared_by_account) VALUES (?, 'TWITTER', ?, ?, 'TWITTER_MENTIONS', 'MENTION', 'IN', ?, ?, ?, ?, ?,"
                  + " 0, 0, 0, FALSE, FALSE)")) {
        for (int n = 0; n < TEXTS.length; n++) {
          String id = "seed-" + tag + "-" + n;
          i.setLong(1, block - n);
          i.setString(2, id);
          i.setLong(3, account);
          i.setLong(4, person);
          i.setString(5, "@acme_jp " + TEXTS[n]);
          i.setString(6, "https://twitter.com/" + handle + "/status/" + id);
          i.setTimestamp(7, Timestamp.from(Instant.now().minusSeconds(3600L * (TEXTS.length - n))));
          i.setTimestamp(8, now);
          i.addBatch();
        }
        i.executeBatch();
      }
      // The brand's reply to the newest mention, addressed to the person (S-4: "You → them").
      try (PreparedStatement r =
          c.prepareStatement(
              "INSERT INTO social_interaction (id, network, external_id, account_id, stream, kind, direction,"
                  + " recipient_id, parent_external_id, text, created_at, fetched_at, like_count, reply_count,"
                  + " share_count, liked_by_account, shared_by_account, text_html, attachment_title,"
                  + " attachment_url) VALUES (?, 'TWITTER', ?, ?,"
                  + " 'TWITTER_OWN_TWEETS', 'REPLY', 'OUT', ?, ?, ?, ?, ?, 0, 0, 0, FALSE, FALSE, ?, ?, ?)")) {
        r.setLong(1, block - TEXTS.length);
        r.setString(2, "seed-" + tag + "-reply");
        r.setLong(3, account);
        r.setLong(4, person);
        r.setString(5, "seed-" + tag + "-" + (TEXTS.length - 1));
        r.setString(6, "@" + handle + " " + BRAND_REPLY);
        r.setTimestamp(7, Timestamp.from(Instant.now().minusSeconds(1800)));
        r.setTimestamp(8, now);
        r.setString(9, BRAND_REPLY_HTML);
        r.setString(10, SHARED_TITLE);
        r.setString(11, SHARED_URL);
        r.executeUpdate();
      }
      // Someone's answer to the person that the network shows without its sender (no author).
      try (PreparedStatement h =
          c.prepareStatement(
              "INSERT INTO social_interaction (id, network, external_id, account_id, stream, kind, direction,"
                  + " recipient_id, parent_external_id, text, created_at, fetched_at, like_count, reply_count,"
                  + " share_count, liked_by_account, shared_by_account) VALUES (?, 'TWITTER', ?, ?,"
                  + " 'TWITTER_MENTIONS', 'REPLY', 'IN', ?, ?, ?, ?, ?, 0, 0, 0, FALSE, FALSE)")) {
        h.setLong(1, block - TEXTS.length - 1);
        h.setString(2, "seed-" + tag + "-hidden");
        h.setLong(3, account);
        h.setLong(4, person);
        h.setString(5, "seed-" + tag + "-0");
        h.setString(6, "@" + handle + " " + HIDDEN_REPLY);
        h.setTimestamp(7, Timestamp.from(Instant.now().minusSeconds(3600L * 5)));
        h.setTimestamp(8, now);
        h.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IOException(e);
    }
    response.setContentType("text/plain;charset=UTF-8");
    response.getWriter().print(handle);
  }

  private static String param(HttpServletRequest request, String name, String otherwise) {
    String value = request.getParameter(name);
    return value == null || value.isBlank() ? otherwise : value;
  }

  /** The stored person with this Twitter user id (an earlier run may have stored them). */
  private static Long find(Connection c, String externalId) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT id FROM social_person WHERE network = 'TWITTER' AND external_id = ?")) {
      s.setString(1, externalId);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getLong(1) : null;
      }
    }
  }

  private static long single(Connection c, String sql) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      if (!r.next()) {
        throw new SQLException("nothing for " + sql);
      }
      return r.getLong(1);
    }
  }
}
