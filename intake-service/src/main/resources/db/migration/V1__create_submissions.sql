-- Submissions: one row per (tenant, idempotency key); the stored answer is what a replay returns.
-- judgement holds the category scores and reasons, images the image references (JSON objects).
CREATE TABLE submissions (
    id               uuid PRIMARY KEY,
    tenant           varchar(128) NOT NULL,
    idempotency_key  varchar(128) NOT NULL,
    fingerprint      varchar(64)  NOT NULL,
    surface          varchar(64)  NOT NULL,
    author_type      varchar(16)  NOT NULL,
    author_id        varchar(256) NOT NULL,
    author_org_id    varchar(256),
    content_text     text,
    content_language varchar(35),
    images           jsonb        NOT NULL,
    verdict          varchar(8)   NOT NULL,
    judgement        jsonb        NOT NULL,
    policy_version   varchar(64)  NOT NULL,
    fallback         boolean      NOT NULL,
    case_id          varchar(64),
    action_ids       text[]       NOT NULL,
    received_at      timestamptz  NOT NULL,
    CONSTRAINT submissions_tenant_key UNIQUE (tenant, idempotency_key)
);

CREATE INDEX submissions_received_at ON submissions (received_at);
