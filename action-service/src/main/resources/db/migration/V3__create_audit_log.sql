-- Append-only, hash-chained audit log: hash = sha256(prev_hash || canonical entry).
-- The payload is kept as text, not jsonb, so the hashed bytes are exactly the stored bytes.
CREATE TABLE audit_log (
    seq          bigserial PRIMARY KEY,
    occurred_at  timestamptz  NOT NULL,
    event_type   varchar(16)  NOT NULL,
    action_id    uuid         NOT NULL,
    subject_type varchar(32)  NOT NULL,
    subject_id   varchar(256) NOT NULL,
    payload      text         NOT NULL,
    prev_hash    varchar(64)  NOT NULL,
    hash         varchar(64)  NOT NULL
);

CREATE INDEX ix_audit_log_action ON audit_log (action_id);
