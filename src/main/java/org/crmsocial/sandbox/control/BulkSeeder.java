package org.crmsocial.sandbox.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;
import org.crmsocial.sandbox.model.Actor;
import org.crmsocial.sandbox.model.Item;
import org.crmsocial.sandbox.model.ItemKind;
import org.crmsocial.sandbox.model.Network;

/**
 * Seeds many items fast, for benchmarks: JDBC batches of 1000 rows (one id block each), committed
 * every 10 batches in their own transactions (bean-managed: a million rows must not be one
 * transaction). Facebook gets posts on the brand page with comments, Twitter mentions of the brand
 * and DMs, Google+ page activities with comments; times end now, 20 ms apart, in id order. Ends by
 * refreshing the planner's statistics.
 */
@Stateless
@TransactionManagement(TransactionManagementType.BEAN)
public class BulkSeeder {

  /** The most items one call may seed. */
  public static final int MAX_ITEMS = 5_000_000;

  private static final int BATCHES_PER_COMMIT = 10;
  private static final long SPACING_MILLIS = 20;

  /** What a bulk seed did. */
  public record Result(int items, long millis) {}

  @Resource UserTransaction tx;
  @Inject SandboxDb db;
  @Inject ActorDirectory actors;

  /** Seeds {@code count} items into the brand stream of a network. */
  public Result seed(Network network, int count) {
    if (count < 1 || count > MAX_ITEMS) {
      throw new IllegalArgumentException("items must be between 1 and " + MAX_ITEMS);
    }
    long started = System.nanoTime();
    List<Actor> people = actors.people(network);
    long page = DemoData.brandPage(network);
    Random random = new Random(count);
    OffsetDateTime first = Times.now().minusNanos(count * SPACING_MILLIS * 1_000_000L);
    int done = 0;
    try {
      while (done < count) {
        tx.begin();
        try (Connection c = db.connection();
            PreparedStatement s = c.prepareStatement(ItemStore.INSERT)) {
          for (int b = 0; b < BATCHES_PER_COMMIT && done < count; b++) {
            int n = Math.min(SandboxDb.BLOCK, count - done);
            long start = db.reserveBlock();
            for (Item item : block(network, page, people, random, start, n, first, done)) {
              ItemStore.bind(s, item);
              s.addBatch();
            }
            s.executeBatch();
            done += n;
          }
        }
        tx.commit();
      }
    } catch (Exception e) {
      try {
        tx.rollback();
      } catch (Exception ignored) {
        // nothing begun, or already ended
      }
      throw new IllegalStateException("bulk seed stopped after " + done + " items", e);
    }
    db.analyze();
    return new Result(done, (System.nanoTime() - started) / 1_000_000L);
  }

  /** One block of items: about 80 % stream items, then comments (or DMs) on them. */
  static List<Item> block(
      Network network,
      long page,
      List<Actor> people,
      Random random,
      long startId,
      int n,
      OffsetDateTime first,
      int offset) {
    int posts = Math.max(1, n * 4 / 5);
    int[] replies = new int[posts];
    long[] parents = new long[n];
    for (int i = posts; i < n; i++) {
      int p = random.nextInt(posts);
      replies[p]++;
      parents[i] = startId + p;
    }
    Item[] result = new Item[n];
    for (int i = 0; i < n; i++) {
      long id = startId + i;
      OffsetDateTime at = first.plusNanos((offset + i) * SPACING_MILLIS * 1_000_000L);
      long person = people.get(random.nextInt(people.size())).id();
      String text = "#" + (offset + i + 1) + " ";
      boolean post = i < posts;
      result[i] =
          switch (network) {
            case FACEBOOK ->
                post
                    ? new Item(
                        id,
                        network,
                        ItemKind.POST,
                        page,
                        random.nextInt(4) == 0 ? page : person,
                        null,
                        id,
                        null,
                        text + pick(random, DemoData.MENTIONS),
                        at,
                        random.nextInt(5),
                        replies[i],
                        0)
                    : new Item(
                        id,
                        network,
                        ItemKind.COMMENT,
                        page,
                        person,
                        parents[i],
                        parents[i],
                        null,
                        text + pick(random, DemoData.COMMENTS),
                        at,
                        0,
                        0,
                        0);
            case TWITTER ->
                post
                    ? new Item(
                        id,
                        network,
                        ItemKind.POST,
                        person,
                        person,
                        null,
                        id,
                        page,
                        "@acme_jp " + text + pick(random, DemoData.MENTIONS),
                        at,
                        random.nextInt(5),
                        0,
                        0)
                    : new Item(
                        id,
                        network,
                        ItemKind.MESSAGE,
                        page,
                        person,
                        null,
                        id,
                        person,
                        text + pick(random, DemoData.MESSAGES),
                        at,
                        0,
                        0,
                        0);
            case GOOGLE ->
                post
                    ? new Item(
                        id,
                        network,
                        ItemKind.POST,
                        page,
                        page,
                        null,
                        id,
                        null,
                        text + pick(random, DemoData.BRAND_POSTS),
                        at,
                        random.nextInt(5),
                        replies[i],
                        0)
                    : new Item(
                        id,
                        network,
                        ItemKind.COMMENT,
                        page,
                        person,
                        parents[i],
                        parents[i],
                        null,
                        text + pick(random, DemoData.COMMENTS),
                        at,
                        0,
                        0,
                        0);
          };
    }
    return List.of(result);
  }

  private static String pick(Random r, List<String> texts) {
    return texts.get(r.nextInt(texts.size()));
  }
}
