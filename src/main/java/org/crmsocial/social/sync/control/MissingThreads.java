package org.crmsocial.social.sync.control;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crmsocial.social.provider.model.ItemKind;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.NetworkItem;
import org.crmsocial.social.provider.model.NetworkStream;
import org.crmsocial.social.provider.model.StreamPage;
import org.crmsocial.social.sync.control.CursorStore.CursorSnapshot;

/**
 * Reads the threads under what a run read whose items are not all stored: the comments of posts
 * whose comment count is above the comments stored (Facebook page feed, Google+ activities), the
 * messages of conversations whose message count is above the messages stored (Facebook shows only
 * the latest 20 with a conversation). Newest posts first; every such post the run read, so a
 * backlog's comments are read with its posts and none is left behind.
 */
final class MissingThreads {

  /**
   * Pages of comments read per post (messages per conversation), at most: a safety stop should a
   * server keep answering with a next page.
   */
  static final int THREAD_PAGES = 50;

  private final SyncParts parts;
  private final NetworkReads reads;

  MissingThreads(SyncParts parts, NetworkReads reads) {
    this.parts = parts;
    this.reads = reads;
  }

  /**
   * Reads and stores the missing items of the threads of {@code read}.
   *
   * @param threadSizes the message count of each conversation the pages read reported
   */
  void read(
      RunAccount account,
      CursorSnapshot cursor,
      List<NetworkItem> read,
      Map<String, Long> threadSizes,
      StreamTally tally) {
    NetworkStream children = childrenOf(cursor.stream());
    if (children == null) {
      return;
    }
    CursorStore cursors = parts.cursors();
    Network network = account.snapshot.network();
    Map<String, Long> sizes = new LinkedHashMap<>();
    Map<String, Long> stored;
    if (children == NetworkStream.FACEBOOK_CONVERSATION_MESSAGES) {
      sizes.putAll(threadSizes);
      stored =
          sizes.isEmpty() ? Map.of() : cursors.storedMessages(network, List.copyOf(sizes.keySet()));
    } else {
      Map<String, Long> inline = commentsRead(read);
      read.stream()
          .filter(
              i ->
                  i.kind() == ItemKind.POST
                      && i.counts().replies() > inline.getOrDefault(i.externalId(), 0L))
          .sorted(
              Comparator.comparing(
                  NetworkItem::createdAt, Comparator.nullsLast(Comparator.reverseOrder())))
          .forEach(i -> sizes.putIfAbsent(i.externalId(), i.counts().replies()));
      stored =
          sizes.isEmpty() ? Map.of() : cursors.storedReplies(network, List.copyOf(sizes.keySet()));
    }
    for (Map.Entry<String, Long> thread : sizes.entrySet()) {
      if (stored.getOrDefault(thread.getKey(), 0L) < thread.getValue()) {
        readThread(account, cursor, children, thread.getKey(), tally);
      }
    }
  }

  private void readThread(
      RunAccount account,
      CursorSnapshot cursor,
      NetworkStream children,
      String subject,
      StreamTally tally) {
    String page = null;
    for (int i = 0; i < THREAD_PAGES; i++) {
      String after = page;
      StreamPage<NetworkItem> found =
          tally.network(
              () ->
                  reads.read(
                      account,
                      tally,
                      reads.query(account, children).withSubject(subject).withCursor(after)));
      tally.store(() -> parts.cursors().store(cursor.id(), found.items()));
      account.leaseKept();
      page = found.nextCursor();
      if (page == null) {
        return;
      }
    }
  }

  /**
   * How many distinct comments of each post the run read with the posts (field expansion): they
   * were stored with their page, so a post with all its comments among them needs no comment read
   * and no count of what is stored.
   */
  static Map<String, Long> commentsRead(List<NetworkItem> read) {
    Map<String, Set<String>> byParent = new HashMap<>();
    for (NetworkItem i : read) {
      if (i.kind() == ItemKind.COMMENT && i.parentId() != null) {
        byParent.computeIfAbsent(i.parentId(), k -> new HashSet<>()).add(i.externalId());
      }
    }
    Map<String, Long> counts = new HashMap<>();
    byParent.forEach((parent, ids) -> counts.put(parent, (long) ids.size()));
    return counts;
  }

  /** The stream of the threads of a synced stream (comments of posts, messages), or null. */
  static NetworkStream childrenOf(NetworkStream stream) {
    return switch (stream) {
      case FACEBOOK_PAGE_FEED -> NetworkStream.FACEBOOK_COMMENTS;
      case GOOGLE_PAGE_ACTIVITIES -> NetworkStream.GOOGLE_ACTIVITY_COMMENTS;
      case FACEBOOK_CONVERSATIONS -> NetworkStream.FACEBOOK_CONVERSATION_MESSAGES;
      default -> null;
    };
  }
}
