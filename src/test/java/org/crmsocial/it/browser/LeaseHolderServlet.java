package org.crmsocial.it.browser;

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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * Test-only, deployed in a WAR of its own next to the product (never in the product): plays another
 * server of a cluster that holds the sync lease of the active Twitter account (DESIGN.md §4), with
 * plain JDBC on the product's table. {@code POST /lease?hold=true} takes it for ten minutes, {@code
 * hold=false} gives it back.
 */
@WebServlet("/lease")
public class LeaseHolderServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** The other server's name in the lease. */
  static final String OTHER_SERVER = "another-server-of-the-cluster";

  @Resource(lookup = "jdbc/crmsocial")
  DataSource db;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean hold = Boolean.parseBoolean(request.getParameter("hold"));
    try (Connection c = db.getConnection()) {
      long account = twitterAccount(c);
      if (hold) {
        OffsetDateTime until = OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(10);
        if (update(
                c,
                "UPDATE sync_lease SET owner = ?, expires_at = ? WHERE account_id = ?",
                OTHER_SERVER,
                until,
                account)
            == 0) {
          update(
              c,
              "INSERT INTO sync_lease (owner, expires_at, account_id) VALUES (?, ?, ?)",
              OTHER_SERVER,
              until,
              account);
        }
      } else {
        update(
            c,
            "UPDATE sync_lease SET owner = ?, expires_at = ? WHERE account_id = ? AND owner = '"
                + OTHER_SERVER
                + "'",
            null,
            null,
            account);
      }
    } catch (SQLException e) {
      throw new IOException(e);
    }
    response.setContentType("text/plain");
    response.getWriter().print(hold ? "held" : "released");
  }

  private static long twitterAccount(Connection c) throws SQLException {
    try (PreparedStatement s =
            c.prepareStatement(
                "SELECT id FROM social_account WHERE network = 'TWITTER' AND status = 'ACTIVE'");
        ResultSet r = s.executeQuery()) {
      if (!r.next()) {
        throw new SQLException("no active Twitter account");
      }
      return r.getLong(1);
    }
  }

  private static int update(
      Connection c, String sql, String owner, OffsetDateTime until, long account)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, owner);
      s.setObject(2, until);
      s.setLong(3, account);
      return s.executeUpdate();
    }
  }
}
