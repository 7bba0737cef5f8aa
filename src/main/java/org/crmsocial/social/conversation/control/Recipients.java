package org.crmsocial.social.conversation.control;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crmsocial.social.conversation.entity.Direction;
import org.crmsocial.social.conversation.entity.SocialInteraction;
import org.crmsocial.social.provider.model.ItemKind;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.NetworkItem;
import org.crmsocial.social.settings.entity.SocialAccount;

/**
 * Whom new interactions are addressed to (S-4: a lead's Social Interactions list shows what was
 * sent to its people, the brand's replies and messages included). An answer is addressed to the
 * author of the item it answers, found on the same page or among the stored items, else the user
 * the network says it answers ({@link NetworkItem#addressedTo}: a reply to a search result that was
 * never stored); a private message the account sent, to the other party of its conversation: the
 * person who wrote in the same conversation on the page, else (Twitter) the other user id of the
 * one-to-one DM conversation's id. An answer stored before the item it answers gets its recipient
 * when that item arrives ({@link #backfill}).
 */
final class Recipients {

  /** Twitter's id of a one-to-one DM conversation: the two user ids, smaller first. */
  private static final Pattern DM_CONVERSATION = Pattern.compile("(\\d+)-(\\d+)");

  static final String BACKFILL =
      "UPDATE social_interaction SET recipient_id = ? WHERE network = ? AND parent_external_id = ?"
          + " AND recipient_id IS NULL AND (author_id IS NULL OR author_id <> ?)";

  /** The items among a list (the %s) that have stored answers addressed to nobody yet. */
  static final String UNADDRESSED_ANSWERS =
      "SELECT DISTINCT parent_external_id FROM social_interaction WHERE parent_external_id IN (%s)"
          + " AND network = ? AND recipient_id IS NULL";

  private Recipients() {}

  /**
   * The network user id each of the {@code fresh} items of a page is addressed to, by the item's
   * external id; items addressed to nobody known are left out.
   */
  static Map<String, String> of(
      EntityManager em,
      SocialAccount account,
      List<NetworkItem> items,
      List<NetworkItem> fresh,
      int chunk) {
    Network network = account.getNetwork();
    Map<String, String> authorOf = new HashMap<>();
    Map<String, String> writerInConversation = new HashMap<>();
    for (NetworkItem item : items) {
      if (item.author() != null) {
        authorOf.put(item.externalId(), item.author().id());
        if (item.kind() == ItemKind.MESSAGE
            && item.conversationId() != null
            && InteractionStore.directionOf(account, item.author()) == Direction.IN) {
          writerInConversation.putIfAbsent(item.conversationId(), item.author().id());
        }
      }
    }
    List<String> storedParents = new ArrayList<>();
    for (NetworkItem item : fresh) {
      if (item.parentId() != null && !authorOf.containsKey(item.parentId())) {
        storedParents.add(item.parentId());
      }
    }
    for (int from = 0; from < storedParents.size(); from += chunk) {
      for (Object[] row :
          em.createQuery(
                  "SELECT i.externalId, i.network, a.externalId FROM SocialInteraction i"
                      + " JOIN i.author a WHERE i.externalId IN :ids",
                  Object[].class)
              .setParameter(
                  "ids", storedParents.subList(from, Math.min(storedParents.size(), from + chunk)))
              .getResultList()) {
        if (row[1] == network) {
          authorOf.put((String) row[0], (String) row[2]);
        }
      }
    }
    Map<String, String> addressed = new HashMap<>();
    for (NetworkItem item : fresh) {
      String to = recipientOf(account, item, authorOf, writerInConversation);
      if (to != null && (item.author() == null || !to.equals(item.author().id()))) {
        addressed.put(item.externalId(), to);
      }
    }
    return addressed;
  }

  /** The user id one new item is addressed to, or null (see the class comment for the order). */
  private static String recipientOf(
      SocialAccount account,
      NetworkItem item,
      Map<String, String> authorOf,
      Map<String, String> writerInConversation) {
    if (item.parentId() != null && authorOf.containsKey(item.parentId())) {
      return authorOf.get(item.parentId());
    }
    if (answersSomeoneElse(account, item)) {
      return item.addressedTo();
    }
    boolean sentMessage =
        item.parentId() == null
            && item.kind() == ItemKind.MESSAGE
            && InteractionStore.directionOf(account, item.author()) == Direction.OUT;
    return sentMessage ? otherParty(account, item.conversationId(), writerInConversation) : null;
  }

  /**
   * Whether the network says the item answers a user other than the account and its author (the
   * brand is nobody's lead or contact: a reply to it needs no recipient).
   */
  static boolean answersSomeoneElse(SocialAccount account, NetworkItem item) {
    String to = item.addressedTo();
    return to != null
        && !to.equals(account.getExternalUserId())
        && (item.author() == null || !to.equals(item.author().id()));
  }

  private static String otherParty(
      SocialAccount account, String conversationId, Map<String, String> writerInConversation) {
    if (conversationId == null) {
      return null;
    }
    String writer = writerInConversation.get(conversationId);
    if (writer != null) {
      return writer;
    }
    Matcher dm = DM_CONVERSATION.matcher(conversationId);
    if (account.getNetwork() == Network.TWITTER && dm.matches()) {
      String me = account.getExternalUserId();
      return me.equals(dm.group(1)) ? dm.group(2) : me.equals(dm.group(2)) ? dm.group(1) : null;
    }
    return null;
  }

  /**
   * Addresses the stored answers to the new items written by people, which arrived before the item
   * they answer (a stream read before another), to that item's author. One indexed query per {@code
   * chunk} new items, on (parent_external_id, network), finds the few that have such answers; only
   * those are updated, in one batch. Answers to the account's own items are left as they are: the
   * brand is nobody's lead or contact.
   */
  static void backfill(Connection c, List<SocialInteraction> fresh, int chunk) throws SQLException {
    Map<String, SocialInteraction> byPeople = new LinkedHashMap<>();
    for (SocialInteraction i : fresh) {
      if (i.getDirection() == Direction.IN && i.getAuthor() != null) {
        byPeople.put(i.getExternalId(), i);
      }
    }
    if (byPeople.isEmpty()) {
      return;
    }
    Network network = fresh.get(0).getNetwork();
    List<String> ids = new ArrayList<>(byPeople.keySet());
    List<SocialInteraction> answered = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += chunk) {
      List<String> part = ids.subList(from, Math.min(ids.size(), from + chunk));
      try (PreparedStatement s =
          c.prepareStatement(UNADDRESSED_ANSWERS.formatted(IdLists.placeholders(part)))) {
        s.setString(IdLists.bind(s, 1, part), network.name());
        try (java.sql.ResultSet r = s.executeQuery()) {
          while (r.next()) {
            answered.add(byPeople.get(r.getString(1)));
          }
        }
      }
    }
    if (answered.isEmpty()) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement(BACKFILL)) {
      for (SocialInteraction i : answered) {
        s.setLong(1, i.getAuthor().getId());
        s.setString(2, i.getNetwork().name());
        s.setString(3, i.getExternalId());
        s.setLong(4, i.getAuthor().getId());
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /** Sets the recipient column of an insert (null when addressed to nobody known). */
  static void bind(PreparedStatement s, int index, SocialInteraction i) throws SQLException {
    if (i.getRecipient() == null) {
      s.setNull(index, Types.BIGINT);
    } else {
      s.setLong(index, i.getRecipient().getId());
    }
  }
}
