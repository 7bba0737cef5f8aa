-- The full re-read of a stream (DESIGN.md §4, issue 6: nothing fetched is lost): the newest-first
-- read stops at the first page with nothing new, so items a network places behind stored pages (a
-- backdated post) and new comments on older posts are read by a walk over every page, a few pages
-- a run. walk_cursor is the next page of the walk under way (null: its first page); it moves only
-- with the page it follows, in the same transaction. walk_started_at is set while a walk is under
-- way; walk_pages counts its committed pages; last_walk_at is when the last walk reached the end;
-- next_walk_at when the next one is due (null: due now, e.g. after a link or re-authorization).
ALTER TABLE sync_cursor ADD COLUMN walk_cursor VARCHAR(2000);
ALTER TABLE sync_cursor ADD COLUMN walk_started_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE sync_cursor ADD COLUMN walk_pages INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE sync_cursor ADD COLUMN last_walk_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE sync_cursor ADD COLUMN next_walk_at TIMESTAMP WITH TIME ZONE;

-- The lease of an account's sync (DESIGN.md §4: in a cluster each sync runs on exactly one
-- server): a run takes it with a conditional UPDATE when it is free or expired, renews it while it
-- runs and releases it at the end; a dead server's lease expires and another server takes over.
CREATE TABLE sync_lease (
    account_id  BIGINT        NOT NULL PRIMARY KEY,
    owner       VARCHAR(200),
    expires_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT sync_lease_account_fk FOREIGN KEY (account_id) REFERENCES social_account (id) ON DELETE CASCADE
);

-- The sync counts the messages stored per conversation (IN list) to read the conversations whose
-- messages are not all stored (Facebook shows the latest 20 with a conversation).
CREATE INDEX social_interaction_conversation_idx ON social_interaction (conversation_id);
