package org.crmsocial.sandbox.model;

import java.time.OffsetDateTime;

/**
 * One stored item of a network. {@code pageId} is the stream it belongs to (the page on Facebook
 * and Google+, the author on Twitter, the brand side of a conversation for messages); {@code
 * rootId} the first item of its thread (Twitter's {@code conversation_id}); {@code targetId} the
 * user it mentions or replies to, or for a message the person on the other side.
 */
public record Item(
    long id,
    Network network,
    ItemKind kind,
    long pageId,
    long authorId,
    Long parentId,
    long rootId,
    Long targetId,
    String text,
    OffsetDateTime createdAt,
    int likeCount,
    int replyCount,
    int shareCount) {}
