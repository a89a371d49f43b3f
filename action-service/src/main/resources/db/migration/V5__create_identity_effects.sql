-- Outbox of identity effects: written in the transaction of the action that causes them, applied
-- to the identity provider afterwards by a relay that retries until the provider answers.
CREATE TABLE identity_effects (
    id              uuid PRIMARY KEY,
    action_id       uuid         NOT NULL REFERENCES enforcement_actions (id),
    account_id      varchar(256) NOT NULL,
    effect          varchar(16)  NOT NULL,
    cause           varchar(16)  NOT NULL,
    created_at      timestamptz  NOT NULL,
    attempts        integer      NOT NULL DEFAULT 0,
    next_attempt_at timestamptz  NOT NULL,
    done_at         timestamptz,
    outcome         varchar(32),
    last_error      varchar(64),
    CONSTRAINT uq_identity_effects_action_cause UNIQUE (action_id, cause)
);

CREATE INDEX ix_identity_effects_due ON identity_effects (next_attempt_at) WHERE done_at IS NULL;
CREATE INDEX ix_identity_effects_account ON identity_effects (account_id, done_at);
