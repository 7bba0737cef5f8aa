-- Sandbox networks: the local simulators of Facebook, Twitter and Google+ (PROVIDERS.md).
-- Own history table (sandbox_schema_history); runs only when crmsocial.sandbox.enabled is true.
-- Written once for H2 (MODE=LEGACY) and PostgreSQL: plain SQL types only.

-- Item ids come in blocks of 1000 (IdAllocator), so a bulk seed asks the database once per block.
CREATE SEQUENCE sbx_item_seq START WITH 100000 INCREMENT BY 1000;

-- Every actor of a network: users who sign in, the pages they manage, the people who talk.
CREATE TABLE sbx_actor (
    id             BIGINT       NOT NULL PRIMARY KEY,
    network        VARCHAR(10)  NOT NULL,
    kind           VARCHAR(10)  NOT NULL,
    name           VARCHAR(200) NOT NULL,
    handle         VARCHAR(50),
    email          VARCHAR(254),
    password_hash  VARCHAR(200),
    owner_id       BIGINT,
    category       VARCHAR(80),
    hidden         BOOLEAN      NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sbx_actor_email_uk UNIQUE (network, email),
    CONSTRAINT sbx_actor_handle_uk UNIQUE (network, handle)
);
CREATE INDEX sbx_actor_owner_idx ON sbx_actor (owner_id);

-- Posts, comments, tweets, activities and messages. page_id is the stream the item belongs to:
-- the page (Facebook, Google+), the author (Twitter), or the brand side of a conversation.
CREATE TABLE sbx_item (
    id             BIGINT        NOT NULL PRIMARY KEY,
    network        VARCHAR(10)   NOT NULL,
    kind           VARCHAR(10)   NOT NULL,
    page_id        BIGINT        NOT NULL,
    author_id      BIGINT        NOT NULL,
    parent_id      BIGINT,
    root_id        BIGINT        NOT NULL,
    target_id      BIGINT,
    text           VARCHAR(4000),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    like_count     INTEGER       NOT NULL,
    reply_count    INTEGER       NOT NULL,
    share_count    INTEGER       NOT NULL
);
-- Newest-first keyset paging of a stream, of an item's comments, of a user's mentions.
CREATE INDEX sbx_item_stream_idx ON sbx_item (page_id, kind, id);
CREATE INDEX sbx_item_parent_idx ON sbx_item (parent_id, id);
CREATE INDEX sbx_item_target_idx ON sbx_item (target_id, kind, id);

CREATE TABLE sbx_like (
    item_id        BIGINT        NOT NULL,
    actor_id       BIGINT        NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sbx_like_pk PRIMARY KEY (item_id, actor_id)
);

-- One consent of a user to an app: what was granted and declined; revoking it kills its tokens.
CREATE TABLE sbx_grant (
    id             BIGINT        NOT NULL PRIMARY KEY,
    network        VARCHAR(10)   NOT NULL,
    client_id      VARCHAR(100)  NOT NULL,
    user_id        BIGINT        NOT NULL,
    granted        VARCHAR(1000) NOT NULL,
    declined       VARCHAR(1000) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX sbx_grant_user_idx ON sbx_grant (network, user_id);

-- Authorization codes: single use, short lived; only the SHA-256 of the code is kept.
CREATE TABLE sbx_auth_code (
    code_hash      VARCHAR(64)   NOT NULL PRIMARY KEY,
    grant_id       BIGINT        NOT NULL,
    redirect_uri   VARCHAR(1000) NOT NULL,
    code_challenge VARCHAR(200),
    challenge_method VARCHAR(10),
    offline        BOOLEAN       NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT sbx_auth_code_grant_fk FOREIGN KEY (grant_id) REFERENCES sbx_grant (id)
);

-- Access, refresh and page tokens; only the SHA-256 of the token is kept.
CREATE TABLE sbx_token (
    token_hash     VARCHAR(64)   NOT NULL PRIMARY KEY,
    grant_id       BIGINT        NOT NULL,
    kind           VARCHAR(10)   NOT NULL,
    page_id        BIGINT,
    long_lived     BOOLEAN       NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE,
    revoked_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT sbx_token_grant_fk FOREIGN KEY (grant_id) REFERENCES sbx_grant (id)
);
CREATE INDEX sbx_token_grant_idx ON sbx_token (grant_id);

-- The sandbox's own sign-in sessions (one cookie per network); only the SHA-256 is kept.
CREATE TABLE sbx_session (
    session_hash   VARCHAR(64)   NOT NULL PRIMARY KEY,
    network        VARCHAR(10)   NOT NULL,
    user_id        BIGINT        NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
