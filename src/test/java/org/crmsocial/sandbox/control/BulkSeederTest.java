package org.crmsocial.sandbox.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;
import org.crmsocial.sandbox.model.Actor;
import org.crmsocial.sandbox.model.Item;
import org.crmsocial.sandbox.model.ItemKind;
import org.crmsocial.sandbox.model.Network;
import org.junit.jupiter.api.Test;

class BulkSeederTest {

  @Test
  void aBlockHasIncreasingIdsAndTimesAndCountsItsComments() {
    List<Actor> people =
        DemoData.actors(Network.FACEBOOK).stream()
            .filter(a -> a.kind() == org.crmsocial.sandbox.model.ActorKind.PERSON)
            .toList();
    OffsetDateTime first = OffsetDateTime.parse("2026-11-01T00:00:00Z");
    List<Item> block =
        BulkSeeder.block(Network.FACEBOOK, 1049, people, new Random(1), 5000, 1000, first, 0);
    assertThat(block).hasSize(1000);
    for (int i = 1; i < block.size(); i++) {
      assertThat(block.get(i).id()).isEqualTo(block.get(i - 1).id() + 1);
      assertThat(block.get(i).createdAt()).isAfter(block.get(i - 1).createdAt());
    }
    long comments = block.stream().filter(i -> i.kind() == ItemKind.COMMENT).count();
    int counted =
        block.stream().filter(i -> i.kind() == ItemKind.POST).mapToInt(Item::replyCount).sum();
    assertThat(comments).isEqualTo(200).isEqualTo(counted);
    assertThat(block.stream().filter(i -> i.kind() == ItemKind.COMMENT))
        .allMatch(c -> c.parentId() != null && c.parentId() < c.id() && c.rootId() == c.parentId());
  }

  @Test
  void twitterBlocksAreMentionsOfTheBrandAndDms() {
    List<Actor> people =
        DemoData.actors(Network.TWITTER).stream()
            .filter(a -> a.kind() == org.crmsocial.sandbox.model.ActorKind.PERSON)
            .toList();
    List<Item> block =
        BulkSeeder.block(
            Network.TWITTER,
            DemoData.TWITTER_BRAND,
            people,
            new Random(1),
            1,
            10,
            OffsetDateTime.parse("2026-11-01T00:00:00Z"),
            0);
    assertThat(block.stream().filter(i -> i.kind() == ItemKind.POST))
        .allMatch(i -> i.targetId() == DemoData.TWITTER_BRAND && i.text().startsWith("@acme_jp"));
    assertThat(block.stream().filter(i -> i.kind() == ItemKind.MESSAGE))
        .allMatch(i -> i.pageId() == DemoData.TWITTER_BRAND);
  }
}
