package org.crmsocial.sandbox.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;
import org.crmsocial.sandbox.control.StreamQuery.By;
import org.crmsocial.sandbox.model.Actor;
import org.crmsocial.sandbox.model.Item;
import org.crmsocial.sandbox.model.ItemKind;
import org.crmsocial.sandbox.model.Network;

/**
 * The people of the sandbox networks at work: each activity is one new thing a person does to the
 * brand (a comment, a visitor post, a like, a mention, a reply, a message), stored like any write
 * so the product's sync finds it. Also writes the demo's days of history, in time order, from a
 * fixed random seed so every fresh start looks the same.
 */
@Stateless
public class ActivityService {

  private static final Random LIVE = new Random();

  @Inject ItemStore items;
  @Inject ActorDirectory actors;

  /** Generates {@code count} activities now; returns the items created (likes create none). */
  public List<Item> generate(Network network, int count) {
    List<Item> created = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      Item item = one(network, LIVE, Times.now(), false);
      if (item != null) {
        created.add(item);
      }
    }
    return created;
  }

  /**
   * What a newest-first read cannot see (issue 6's full walk): {@code posts} brand posts dated 30
   * days back that sort behind everything created since the sandbox started, and {@code comments}
   * new comments on the brand page's oldest post.
   */
  public List<Item> behind(Network network, int posts, int comments) {
    long page = DemoData.brandPage(network);
    List<Item> created = new java.util.ArrayList<>();
    OffsetDateTime at = Times.now().minusDays(30);
    for (int i = 0; i < posts; i++) {
      created.add(
          items.insertBackdated(
              network,
              ItemKind.POST,
              page,
              page,
              null,
              pick(LIVE, DemoData.BRAND_POSTS),
              at.plusMinutes(i)));
    }
    List<Item> oldest =
        items.page(StreamQuery.newest(By.PAGE, page, ItemKind.POST, 1).oldestFirst());
    for (int i = 0; i < comments && !oldest.isEmpty(); i++) {
      created.add(comment(network, page, person(network, LIVE), oldest.get(0), LIVE, Times.now()));
    }
    return created;
  }

  /** {@code count} messages now from one person to the brand, in one conversation. */
  public List<Item> conversation(Network network, int count) {
    long owner = DemoData.brandPage(network);
    Actor person = person(network, LIVE);
    List<Item> created = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      created.add(message(network, owner, person, LIVE, Times.now(), false));
    }
    return created;
  }

  /** Writes the demo history of a network: about a week of posts, talk and messages. */
  public void seedHistory(Network network, Duration span) {
    Random random = new Random(42L + network.ordinal());
    OffsetDateTime t = Times.now().minus(span);
    OffsetDateTime end = Times.now().minusMinutes(5);
    boolean first = true;
    while (t.isBefore(end)) {
      one(network, random, t, true);
      if (first) {
        one(network, random, t.plusSeconds(1), true);
        first = false;
      }
      t = t.plusMinutes(20 + random.nextInt(100)).plusSeconds(random.nextInt(60));
    }
  }

  private Item one(Network network, Random r, OffsetDateTime at, boolean history) {
    return switch (network) {
      case FACEBOOK -> facebook(r, at, history);
      case TWITTER -> twitter(r, at, history);
      case GOOGLE -> google(r, at, history);
    };
  }

  private Item facebook(Random r, OffsetDateTime at, boolean history) {
    long page = DemoData.FACEBOOK_PAGE;
    List<Item> posts = items.page(StreamQuery.newest(By.PAGE, page, ItemKind.POST, 10));
    Actor person = person(Network.FACEBOOK, r);
    int roll = r.nextInt(100);
    if (posts.isEmpty() || (history && roll < 25)) {
      return brandPost(Network.FACEBOOK, page, r, at);
    }
    Item post = posts.get(r.nextInt(posts.size()));
    if (roll < 50) {
      return comment(Network.FACEBOOK, page, person, post, r, at);
    }
    if (roll < 62) {
      return items.insert(
          Network.FACEBOOK,
          ItemKind.POST,
          page,
          person.id(),
          null,
          null,
          pick(r, DemoData.MENTIONS),
          at);
    }
    if (roll < 77) {
      items.like(post.id(), person.id(), at);
      return null;
    }
    return message(Network.FACEBOOK, page, person, r, at, history);
  }

  private Item twitter(Random r, OffsetDateTime at, boolean history) {
    long brand = DemoData.TWITTER_BRAND;
    List<Item> own = items.page(StreamQuery.newest(By.PAGE, brand, ItemKind.POST, 10));
    Actor person = person(Network.TWITTER, r);
    int roll = r.nextInt(100);
    if (own.isEmpty() || (history && roll < 25)) {
      return brandPost(Network.TWITTER, brand, r, at);
    }
    if (roll < 60) {
      Item parent = r.nextInt(10) < 3 ? own.get(r.nextInt(own.size())) : null;
      return items.insert(
          Network.TWITTER,
          ItemKind.POST,
          person.id(),
          person.id(),
          parent,
          brand,
          "@acme_jp " + pick(r, DemoData.MENTIONS),
          at);
    }
    if (roll < 72) {
      items.like(own.get(r.nextInt(own.size())).id(), person.id(), at);
      return null;
    }
    if (history && roll < 82) {
      List<Item> mentions = items.page(StreamQuery.newest(By.TARGET, brand, ItemKind.POST, 5));
      if (!mentions.isEmpty()) {
        Item mention = mentions.get(r.nextInt(mentions.size()));
        Actor author = actors.find(Network.TWITTER, mention.authorId()).orElse(person);
        return items.insert(
            Network.TWITTER,
            ItemKind.POST,
            brand,
            brand,
            mention,
            author.id(),
            "@" + author.handle() + " " + pick(r, DemoData.BRAND_REPLIES),
            at);
      }
    }
    return message(Network.TWITTER, brand, person, r, at, history);
  }

  private Item google(Random r, OffsetDateTime at, boolean history) {
    long page = DemoData.GOOGLE_PAGE;
    List<Item> posts = items.page(StreamQuery.newest(By.PAGE, page, ItemKind.POST, 10));
    Actor person = person(Network.GOOGLE, r);
    int roll = r.nextInt(100);
    if (posts.isEmpty() || (history && roll < 30)) {
      return brandPost(Network.GOOGLE, page, r, at);
    }
    Item post = posts.get(r.nextInt(posts.size()));
    if (roll < 80) {
      return comment(Network.GOOGLE, page, person, post, r, at);
    }
    items.like(post.id(), person.id(), at);
    return null;
  }

  /** One of the brand's own posts on its page or account. */
  private Item brandPost(Network network, long owner, Random r, OffsetDateTime at) {
    return items.insert(
        network, ItemKind.POST, owner, owner, null, null, pick(r, DemoData.BRAND_POSTS), at);
  }

  /** A person's comment on one of the page's posts. */
  private Item comment(
      Network network, long page, Actor person, Item post, Random r, OffsetDateTime at) {
    return items.insert(
        network, ItemKind.COMMENT, page, person.id(), post, null, pick(r, DemoData.COMMENTS), at);
  }

  /** A private message from a person or, in the history, now and then the brand's answer. */
  private Item message(
      Network network, long owner, Actor person, Random r, OffsetDateTime at, boolean history) {
    boolean brandReply = history && r.nextInt(3) == 0;
    return items.insert(
        network,
        ItemKind.MESSAGE,
        owner,
        brandReply ? owner : person.id(),
        null,
        person.id(),
        pick(r, brandReply ? DemoData.BRAND_REPLIES : DemoData.MESSAGES),
        at);
  }

  private Actor person(Network network, Random r) {
    List<Actor> people = actors.people(network);
    return people.get(r.nextInt(people.size()));
  }

  private static String pick(Random r, List<String> texts) {
    return texts.get(r.nextInt(texts.size()));
  }
}
