package org.crmsocial.social.conversation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.IntStream;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

class SyncSqlTest {

  /**
   * The generic and custom plans PostgreSQL has made so far for the server-side prepared lookup of
   * {@code size} ids.
   */
  private static long[] plans(Connection c, int size) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT generic_plans, custom_plans FROM pg_prepared_statements"
                + " WHERE statement LIKE 'SELECT external_id, network FROM social_interaction%'"
                + " AND statement LIKE ?")) {
      s.setString(1, "%$" + size + ")");
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? new long[] {r.getLong(1), r.getLong(2)} : new long[] {0, 0};
      }
    }
  }

  private static void lookUp(Connection c, int ids, int times) throws SQLException {
    List<String> page = IntStream.range(0, ids).mapToObj(i -> "item-" + i).toList();
    for (int n = 0; n < times; n++) {
      assertThat(InteractionStore.storedIds(c, Network.TWITTER, page)).isEmpty();
    }
  }

  @Test
  void onPostgresTheSyncsLookupsAreAlwaysPlannedWithTheirValues() throws Exception { // DESIGN §4
    try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.POSTGRESQL);
        Connection c = db.dataSource().getConnection()) {
      c.setAutoCommit(false);
      // Without: after a few runs on the (empty) table, PostgreSQL keeps a generic plan.
      lookUp(c, 2, 20);
      assertThat(plans(c, 10)[0]).as("generic plans without").isPositive();
      c.commit();
      SyncSql.planWithValues(c);
      lookUp(c, 11, 20);
      long[] with = plans(c, 25);
      assertThat(with[0]).as("generic plans with").isZero();
      assertThat(with[1]).as("custom plans with").isPositive();
      c.commit();
    }
  }

  @Test
  void onH2NothingIsSetAndTheLookupRuns() throws Exception {
    try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.H2);
        Connection c = db.dataSource().getConnection()) {
      c.setAutoCommit(false);
      SyncSql.planWithValues(c);
      lookUp(c, 3, 2);
      assertThat(SyncSql.nextValue(c, "social_interaction_seq"))
          .isEqualTo("SELECT NEXT VALUE FOR social_interaction_seq");
      c.commit();
    }
  }
}
