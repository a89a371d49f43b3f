-- User reports about an account or a piece of content.
CREATE TABLE reports (
    id               uuid PRIMARY KEY,
    tenant           varchar(128) NOT NULL,
    idempotency_key  varchar(128) NOT NULL,
    fingerprint      varchar(64)  NOT NULL,
    reporter_type    varchar(16)  NOT NULL,
    reporter_id      varchar(256) NOT NULL,
    target_type      varchar(16)  NOT NULL,
    target_id        varchar(256) NOT NULL,
    target_org_id    varchar(256),
    submission_id    uuid REFERENCES submissions (id),
    reason           varchar(32)  NOT NULL,
    details          text,
    case_id          varchar(64),
    received_at      timestamptz  NOT NULL,
    CONSTRAINT reports_tenant_key UNIQUE (tenant, idempotency_key)
);
