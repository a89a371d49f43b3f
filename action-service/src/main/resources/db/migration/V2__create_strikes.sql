-- Strikes: what the ladder counts; a strike stops counting when it expires or its action is reverted.
CREATE TABLE strikes (
    id           uuid PRIMARY KEY,
    action_id    uuid         NOT NULL REFERENCES enforcement_actions (id),
    subject_type varchar(32)  NOT NULL,
    subject_id   varchar(256) NOT NULL,
    category     varchar(128) NOT NULL,
    weight       integer      NOT NULL,
    created_at   timestamptz  NOT NULL,
    expires_at   timestamptz  NOT NULL,
    reverted     boolean      NOT NULL DEFAULT false,
    CONSTRAINT uq_strikes_action UNIQUE (action_id)
);

CREATE INDEX ix_strikes_subject ON strikes (subject_type, subject_id, expires_at);
