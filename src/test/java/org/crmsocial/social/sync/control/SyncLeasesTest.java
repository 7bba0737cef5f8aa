package org.crmsocial.social.sync.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.NetworkStream;
import org.crmsocial.social.settings.entity.SocialAccount;
import org.crmsocial.social.sync.entity.SyncCursor;
import org.crmsocial.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The sync's lease per account (DESIGN.md §4: in a cluster each sync runs on exactly one server)
 * and the full walk's columns (issue 6), on H2 and PostgreSQL: the conditional updates of {@link
 * SyncLeases} and migration V5 as both databases run them.
 */
class SyncLeasesTest {

  private static final OffsetDateTime T =
      OffsetDateTime.of(2026, 11, 26, 9, 30, 0, 0, ZoneOffset.UTC);
  private static final Duration TTL = Duration.ofMinutes(10);

  private TestDatabase db;

  @AfterEach
  void drop() {
    if (db != null) {
      db.close();
    }
  }

  /** Runs one call of the store in its own transaction, as the container does. */
  private boolean call(Predicate<SyncLeases> work) {
    AtomicBoolean result = new AtomicBoolean();
    db.inTransaction(
        em -> {
          SyncLeases leases = new SyncLeases();
          leases.em = em;
          result.set(work.test(leases));
        });
    return result.get();
  }

  private long account() {
    AtomicLong id = new AtomicLong();
    db.inTransaction(
        em -> {
          SocialAccount account = new SocialAccount(Network.TWITTER, "2244994945");
          account.authorize(
              "Acme Japan", "acme_jp", Set.of("tweet.read"), "v1:enc", null, null, null, T);
          em.persist(account);
          em.flush();
          id.set(account.getId());
        });
    return id.get();
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void aLeaseIsTakenOnceRefusedWhileHeldTakenOverWhenExpiredAndReleased(TestDatabase.Kind kind) {
    db = TestDatabase.create(kind);
    long id = account();
    assertThat(call(l -> l.take(id, "a", T, TTL))).as("free: taken").isTrue();
    assertThat(call(l -> l.take(id, "a", T.plusMinutes(1), TTL))).as("its own again").isTrue();
    assertThat(call(l -> l.take(id, "b", T.plusMinutes(2), TTL))).as("held by a").isFalse();
    assertThat(call(l -> l.renew(id, "a", T.plusMinutes(5), TTL))).isTrue();
    assertThat(call(l -> l.take(id, "b", T.plusMinutes(14), TTL))).as("renewed").isFalse();
    assertThat(call(l -> l.take(id, "b", T.plusMinutes(16), TTL)))
        .as("expired: a's server died; b takes over")
        .isTrue();
    assertThat(call(l -> l.renew(id, "a", T.plusMinutes(17), TTL))).as("a lost it").isFalse();
    assertThat(call(l -> l.holder(id, T.plusMinutes(17)).orElseThrow().equals("b"))).isTrue();
    call(
        l -> {
          l.release(id, "a"); // not a's: stays b's
          return true;
        });
    assertThat(call(l -> l.holder(id, T.plusMinutes(17)).isPresent())).isTrue();
    call(
        l -> {
          l.release(id, "b");
          return true;
        });
    assertThat(call(l -> l.holder(id, T.plusMinutes(17)).isEmpty())).as("released").isTrue();
    assertThat(call(l -> l.lastRunBy(id).orElseThrow().equals("b")))
        .as("the server that ran it last stays written")
        .isTrue();
    assertThat(call(l -> l.take(id, "c", T.plusMinutes(18), TTL))).isTrue();
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void expiryIsKeptByTheDatabasesClockNotTheServers(TestDatabase.Kind kind) { // issue 15
    db = TestDatabase.create(kind);
    long id = account();
    AtomicLong dbNow = new AtomicLong();
    call(
        l -> {
          dbNow.set(l.databaseNow().toInstant().toEpochMilli());
          return true;
        });
    assertThat(dbNow.get())
        .as("the database's now (the test shares its machine)")
        .isCloseTo(System.currentTimeMillis(), org.assertj.core.data.Offset.offset(60_000L));
    // A server whose clock is a week behind took the lease "for 10 minutes": long expired.
    assertThat(call(l -> l.take(id, "slow", T.minusDays(7), TTL))).isTrue();
    assertThat(call(l -> l.holder(id).isEmpty())).as("expired by the database's clock").isTrue();
    assertThat(call(l -> l.take(id, "b", TTL))).as("so another server takes it").isTrue();
    assertThat(call(l -> l.take(id, "a", TTL))).as("held by b for 10 minutes").isFalse();
    assertThat(call(l -> l.renew(id, "b", TTL))).isTrue();
    assertThat(call(l -> l.holder(id).orElseThrow().equals("b"))).isTrue();
    assertThat(call(l -> l.renew(id, "slow", TTL))).as("the slow server lost it").isFalse();
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void theFullWalkOfACursorRoundTrips(TestDatabase.Kind kind) { // issue 6
    db = TestDatabase.create(kind);
    long account = account();
    AtomicLong id = new AtomicLong();
    db.inTransaction(
        em -> {
          SyncCursor cursor =
              new SyncCursor(em.find(SocialAccount.class, account), NetworkStream.TWITTER_MENTIONS);
          cursor.walkedTo("QVFI", 3, T);
          em.persist(cursor);
          em.flush();
          id.set(cursor.getId());
        });
    db.inTransaction(
        em -> {
          SyncCursor cursor = em.find(SyncCursor.class, id.get());
          assertThat(cursor.getWalkCursor()).isEqualTo("QVFI");
          assertThat(cursor.getWalkPages()).isEqualTo(3);
          assertThat(cursor.getWalkStartedAt().toInstant()).isEqualTo(T.toInstant());
          assertThat(cursor.getNextWalkAt()).as("due").isNull();
          cursor.walkFinished(T.plusHours(1), T.plusHours(25));
        });
    db.inTransaction(
        em -> {
          SyncCursor cursor = em.find(SyncCursor.class, id.get());
          assertThat(cursor.getWalkStartedAt()).isNull();
          assertThat(cursor.getWalkCursor()).isNull();
          assertThat(cursor.getLastWalkAt().toInstant()).isEqualTo(T.plusHours(1).toInstant());
          assertThat(cursor.getNextWalkAt().toInstant()).isEqualTo(T.plusHours(25).toInstant());
        });
  }
}
