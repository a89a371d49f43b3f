-- Enforcement actions: one row per action taken, never deleted; a reversal sets reverted_at.
CREATE TABLE enforcement_actions (
    id              uuid PRIMARY KEY,
    idempotency_key varchar(128) NOT NULL,
    request_hash    varchar(64)  NOT NULL,
    subject_type    varchar(32)  NOT NULL,
    subject_id      varchar(256) NOT NULL,
    organization_id varchar(256),
    action_type     varchar(16)  NOT NULL,
    category        varchar(128) NOT NULL,
    origin          varchar(16)  NOT NULL,
    reference_id    varchar(256),
    policy_version  varchar(64),
    actor           varchar(256),
    features        varchar(512) NOT NULL DEFAULT '',
    created_at      timestamptz  NOT NULL,
    expires_at      timestamptz,
    reverted_at     timestamptz,
    revert_reason   varchar(1024),
    reverted_by     varchar(256),
    CONSTRAINT uq_enforcement_actions_idempotency_key UNIQUE (idempotency_key)
);

CREATE INDEX ix_enforcement_actions_subject ON enforcement_actions (subject_type, subject_id, created_at DESC);
