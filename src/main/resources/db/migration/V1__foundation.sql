-- Foundation schema: organization, profiles, users, leads, contacts, audit log.
-- Written once for H2 (MODE=LEGACY) and PostgreSQL: plain SQL types only.
-- Sequences start at their increment: EclipseLink takes each value as the last id of a block of 50.

CREATE SEQUENCE organization_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE profile_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE app_user_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE lead_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE contact_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE organization (
    id        BIGINT       NOT NULL PRIMARY KEY,
    name      VARCHAR(200) NOT NULL,
    edition   VARCHAR(20)  NOT NULL,
    version   BIGINT       NOT NULL
);

CREATE TABLE profile (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    name               VARCHAR(80)  NOT NULL,
    name_key           VARCHAR(80)  NOT NULL,
    description        VARCHAR(500),
    system_kind        VARCHAR(20),
    lineage            VARCHAR(20)  NOT NULL,
    cloned_from_id     BIGINT,
    administrative     BOOLEAN      NOT NULL,
    manage_social      BOOLEAN      NOT NULL,
    social_detail_page BOOLEAN      NOT NULL,
    social_tab         BOOLEAN      NOT NULL,
    version            BIGINT       NOT NULL,
    CONSTRAINT profile_name_uk UNIQUE (name_key),
    CONSTRAINT profile_system_uk UNIQUE (system_kind),
    CONSTRAINT profile_cloned_from_fk FOREIGN KEY (cloned_from_id) REFERENCES profile (id) ON DELETE SET NULL
);

CREATE TABLE app_user (
    id             BIGINT       NOT NULL PRIMARY KEY,
    email          VARCHAR(254) NOT NULL,
    name           VARCHAR(100) NOT NULL,
    locale         VARCHAR(5)   NOT NULL,
    password_hash  VARCHAR(400) NOT NULL,
    super_admin    BOOLEAN      NOT NULL,
    active         BOOLEAN      NOT NULL,
    profile_id     BIGINT       NOT NULL,
    failed_logins  INTEGER      NOT NULL,
    locked_until   TIMESTAMP WITH TIME ZONE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT app_user_email_uk UNIQUE (email),
    CONSTRAINT app_user_profile_fk FOREIGN KEY (profile_id) REFERENCES profile (id)
);
CREATE INDEX app_user_profile_idx ON app_user (profile_id);

CREATE TABLE lead (
    id          BIGINT       NOT NULL PRIMARY KEY,
    first_name  VARCHAR(80),
    last_name   VARCHAR(80)  NOT NULL,
    company     VARCHAR(200),
    title       VARCHAR(120),
    email       VARCHAR(254),
    phone       VARCHAR(40),
    status      VARCHAR(20)  NOT NULL,
    source      VARCHAR(20)  NOT NULL,
    owner_id    BIGINT,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT lead_owner_fk FOREIGN KEY (owner_id) REFERENCES app_user (id)
);
CREATE INDEX lead_last_name_idx ON lead (last_name, id);
CREATE INDEX lead_company_idx ON lead (company, id);
CREATE INDEX lead_email_idx ON lead (email, id);
CREATE INDEX lead_created_idx ON lead (created_at, id);

CREATE TABLE contact (
    id          BIGINT       NOT NULL PRIMARY KEY,
    first_name  VARCHAR(80),
    last_name   VARCHAR(80)  NOT NULL,
    company     VARCHAR(200),
    title       VARCHAR(120),
    email       VARCHAR(254),
    phone       VARCHAR(40),
    source      VARCHAR(20)  NOT NULL,
    owner_id    BIGINT,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT contact_owner_fk FOREIGN KEY (owner_id) REFERENCES app_user (id)
);
CREATE INDEX contact_last_name_idx ON contact (last_name, id);
CREATE INDEX contact_company_idx ON contact (company, id);
CREATE INDEX contact_email_idx ON contact (email, id);
CREATE INDEX contact_created_idx ON contact (created_at, id);

CREATE TABLE audit_entry (
    id          BIGINT        NOT NULL PRIMARY KEY,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id    BIGINT,
    actor_name  VARCHAR(254)  NOT NULL,
    action      VARCHAR(60)   NOT NULL,
    target      VARCHAR(300)  NOT NULL,
    detail      VARCHAR(4000)
);
CREATE INDEX audit_entry_at_idx ON audit_entry (at, id);
