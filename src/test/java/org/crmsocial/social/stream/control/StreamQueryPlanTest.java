package org.crmsocial.social.stream.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.crmsocial.social.provider.model.NetworkStream;
import org.crmsocial.testsupport.TestDatabase;
import org.eclipse.persistence.jpa.JpaQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A page of a stream is read along the stream index, newest first, on the embedded database (S-3:
 * the Social tab pages a stream of any size from the database). The plan, not the time: H2 reads an
 * index in order only when ORDER BY names its columns from the first, and without that a page of a
 * stream of a million items read and sorted all of them (minutes at 16 sessions).
 */
class StreamQueryPlanTest {

  private TestDatabase db;

  @BeforeEach
  void create() {
    db = TestDatabase.create(TestDatabase.Kind.H2);
  }

  @AfterEach
  void drop() {
    db.close();
  }

  @ParameterizedTest
  @EnumSource(Relationship.class)
  void aPageIsReadAlongTheStreamIndexWithoutSorting(Relationship relationship) {
    String[] sql = new String[1];
    db.inTransaction(
        em ->
            sql[0] =
                em.createQuery(
                        StreamService.jpql("SELECT i", relationship, StreamService.NEWEST_FIRST))
                    .setParameter("account", 1L)
                    .setParameter("stream", NetworkStream.TWITTER_MENTIONS)
                    .unwrap(JpaQuery.class)
                    .getDatabaseQuery()
                    .getSQLString());
    String plan = explain(sql[0]);
    assertThat(plan).contains("SOCIAL_INTERACTION_STREAM_IDX").contains("/* index sorted */");
  }

  private String explain(String sql) {
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement("EXPLAIN " + sql)) {
      s.setLong(1, 1L);
      s.setString(2, NetworkStream.TWITTER_MENTIONS.name());
      for (int i = 3; i <= s.getParameterMetaData().getParameterCount(); i++) {
        s.setString(i, "IN");
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
