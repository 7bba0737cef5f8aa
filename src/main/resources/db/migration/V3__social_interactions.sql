-- Social people, interactions, sync cursors and saved searches (DESIGN.md §2, §4).
-- Written once for H2 (MODE=LEGACY) and PostgreSQL: plain SQL types only.
-- Sequences start at their increment: EclipseLink takes each value as the last id of a block of 50.

CREATE SEQUENCE social_person_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE social_interaction_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE sync_cursor_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE saved_search_seq START WITH 50 INCREMENT BY 50;

-- A person (or page) seen on a network, keyed by the network's stable user id, never by handle:
-- a renamed handle updates the row (S-24, S-26). At most one of lead_id, contact_id is set.
-- search_name and search_handle are lower-case copies for prefix search.
CREATE TABLE social_person (
    id             BIGINT        NOT NULL PRIMARY KEY,
    network        VARCHAR(20)   NOT NULL,
    external_id    VARCHAR(100)  NOT NULL,
    handle         VARCHAR(100),
    display_name   VARCHAR(200),
    search_handle  VARCHAR(100),
    search_name    VARCHAR(200),
    avatar_url     VARCHAR(1000),
    profile_url    VARCHAR(1000),
    lead_id        BIGINT,
    contact_id     BIGINT,
    associated_by  VARCHAR(254),
    associated_at  TIMESTAMP WITH TIME ZONE,
    first_seen_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT social_person_external_uk UNIQUE (network, external_id),
    CONSTRAINT social_person_one_record_ck CHECK (lead_id IS NULL OR contact_id IS NULL),
    CONSTRAINT social_person_lead_fk FOREIGN KEY (lead_id) REFERENCES lead (id) ON DELETE SET NULL,
    CONSTRAINT social_person_contact_fk FOREIGN KEY (contact_id) REFERENCES contact (id) ON DELETE SET NULL
);
CREATE INDEX social_person_lead_idx ON social_person (lead_id);
CREATE INDEX social_person_contact_idx ON social_person (contact_id);
CREATE INDEX social_person_handle_idx ON social_person (search_handle, id);
CREATE INDEX social_person_name_idx ON social_person (search_name, id);

-- Everything read from or written to a network: idempotent on (network, external_id). The account
-- is the linked account whose stream brought it (hidden while that account is REMOVED, S-18, S-19);
-- stream names the NetworkStream it came from; direction OUT is the account's own activity.
CREATE TABLE social_interaction (
    id                  BIGINT         NOT NULL PRIMARY KEY,
    network             VARCHAR(20)    NOT NULL,
    external_id         VARCHAR(100)   NOT NULL,
    account_id          BIGINT         NOT NULL,
    stream              VARCHAR(40)    NOT NULL,
    kind                VARCHAR(20)    NOT NULL,
    direction           VARCHAR(3)     NOT NULL,
    author_id           BIGINT,
    parent_external_id  VARCHAR(100),
    conversation_id     VARCHAR(100),
    text                VARCHAR(65535),
    permalink           VARCHAR(1000),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    fetched_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    like_count          BIGINT         NOT NULL,
    reply_count         BIGINT         NOT NULL,
    share_count         BIGINT         NOT NULL,
    liked_by_account    BOOLEAN        NOT NULL,
    shared_by_account   BOOLEAN        NOT NULL,
    CONSTRAINT social_interaction_external_uk UNIQUE (network, external_id),
    CONSTRAINT social_interaction_account_fk FOREIGN KEY (account_id) REFERENCES social_account (id) ON DELETE CASCADE,
    CONSTRAINT social_interaction_author_fk FOREIGN KEY (author_id) REFERENCES social_person (id)
);
CREATE INDEX social_interaction_stream_idx ON social_interaction (account_id, stream, created_at, id);
CREATE INDEX social_interaction_author_idx ON social_interaction (author_id, created_at, id);
CREATE INDEX social_interaction_parent_idx ON social_interaction (network, parent_external_id);

-- Where the sync of one stream of one account stands (DESIGN.md §4): the marker of the newest item
-- committed, the cursor of an unfinished backfill, and the status shown in the sync panel.
CREATE TABLE sync_cursor (
    id                    BIGINT         NOT NULL PRIMARY KEY,
    account_id            BIGINT         NOT NULL,
    stream                VARCHAR(40)    NOT NULL,
    since_marker          VARCHAR(200),
    backfill_cursor       VARCHAR(2000),
    last_attempt_at       TIMESTAMP WITH TIME ZONE,
    last_success_at       TIMESTAMP WITH TIME ZONE,
    next_attempt_at       TIMESTAMP WITH TIME ZONE,
    last_error            VARCHAR(1000),
    consecutive_failures  INTEGER        NOT NULL,
    last_run_items        INTEGER        NOT NULL,
    items_fetched         BIGINT         NOT NULL,
    version               BIGINT         NOT NULL,
    CONSTRAINT sync_cursor_uk UNIQUE (account_id, stream),
    CONSTRAINT sync_cursor_account_fk FOREIGN KEY (account_id) REFERENCES social_account (id) ON DELETE CASCADE
);

-- A Twitter search saved as a stream on the Social tab.
CREATE TABLE saved_search (
    id               BIGINT        NOT NULL PRIMARY KEY,
    account_id       BIGINT        NOT NULL,
    query            VARCHAR(512)  NOT NULL,
    created_by_name  VARCHAR(254)  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT saved_search_uk UNIQUE (account_id, query),
    CONSTRAINT saved_search_account_fk FOREIGN KEY (account_id) REFERENCES social_account (id) ON DELETE CASCADE
);
