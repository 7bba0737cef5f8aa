-- Social Integration settings: linked accounts, their chosen page, and per-profile action grants.
-- Written once for H2 (MODE=LEGACY) and PostgreSQL: plain SQL types only.
-- Sequences start at their increment: EclipseLink takes each value as the last id of a block of 50.

CREATE SEQUENCE social_account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE social_page_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE action_grant_seq START WITH 50 INCREMENT BY 50;

-- One row per external account ever linked (network, external user id): re-linking the same
-- account resumes its row and everything stored against it (S-19). live_network repeats network
-- while the account is not REMOVED and is NULL once it is, so its unique constraint keeps at most
-- one linked account per network (both databases allow any number of NULLs in a unique column).
CREATE TABLE social_account (
    id                BIGINT        NOT NULL PRIMARY KEY,
    network           VARCHAR(20)   NOT NULL,
    live_network      VARCHAR(20),
    external_user_id  VARCHAR(100)  NOT NULL,
    external_name     VARCHAR(200),
    handle            VARCHAR(100),
    granted_scopes    VARCHAR(2000),
    access_token      VARCHAR(4000),
    refresh_token     VARCHAR(4000),
    token_expires_at  TIMESTAMP WITH TIME ZONE,
    status            VARCHAR(20)   NOT NULL,
    linked_by_id      BIGINT,
    linked_by_name    VARCHAR(254)  NOT NULL,
    linked_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    pending_since     TIMESTAMP WITH TIME ZONE,
    removed_at        TIMESTAMP WITH TIME ZONE,
    version           BIGINT        NOT NULL,
    CONSTRAINT social_account_external_uk UNIQUE (network, external_user_id),
    CONSTRAINT social_account_live_uk UNIQUE (live_network),
    CONSTRAINT social_account_linked_by_fk FOREIGN KEY (linked_by_id) REFERENCES app_user (id) ON DELETE SET NULL
);
CREATE INDEX social_account_status_idx ON social_account (status, pending_since);

-- The page an account acts for (Facebook, Google+): one per account.
CREATE TABLE social_page (
    id                BIGINT        NOT NULL PRIMARY KEY,
    account_id        BIGINT        NOT NULL,
    external_page_id  VARCHAR(100)  NOT NULL,
    name              VARCHAR(300),
    page_token        VARCHAR(4000),
    added_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT social_page_account_uk UNIQUE (account_id),
    CONSTRAINT social_page_account_fk FOREIGN KEY (account_id) REFERENCES social_account (id) ON DELETE CASCADE
);

-- Which profile may do which action on which account (the Actions matrix, S-9 step 7).
CREATE TABLE action_grant (
    id          BIGINT       NOT NULL PRIMARY KEY,
    account_id  BIGINT       NOT NULL,
    profile_id  BIGINT       NOT NULL,
    action      VARCHAR(30)  NOT NULL,
    CONSTRAINT action_grant_uk UNIQUE (account_id, profile_id, action),
    CONSTRAINT action_grant_account_fk FOREIGN KEY (account_id) REFERENCES social_account (id) ON DELETE CASCADE,
    CONSTRAINT action_grant_profile_fk FOREIGN KEY (profile_id) REFERENCES profile (id) ON DELETE CASCADE
);
CREATE INDEX action_grant_profile_idx ON action_grant (profile_id);
