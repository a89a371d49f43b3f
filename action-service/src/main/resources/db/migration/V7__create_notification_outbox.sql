-- Who is told of an action: the product team (tenant) whose user it is, and the user's language for
-- the notice. Reversals (and later expiries) notify the same tenant in the same language.
ALTER TABLE enforcement_actions
    ADD COLUMN tenant          varchar(256),
    ADD COLUMN notice_language varchar(35);

-- Outbox of webhook deliveries: written in the transaction of the action or reversal they announce,
-- posted to the tenant's webhook afterwards by a relay that retries with backoff until the receiver
-- accepts (DELIVERED) or the attempts run out or it refuses for good (DEAD).
CREATE TABLE notification_outbox (
    id              uuid PRIMARY KEY,
    action_id       uuid         NOT NULL REFERENCES enforcement_actions (id),
    tenant          varchar(256) NOT NULL,
    event_type      varchar(32)  NOT NULL,
    payload         jsonb        NOT NULL,
    status          varchar(16)  NOT NULL,
    attempts        integer      NOT NULL DEFAULT 0,
    next_attempt_at timestamptz  NOT NULL,
    last_error      varchar(64),
    delivered_at    timestamptz,
    created_at      timestamptz  NOT NULL,
    CONSTRAINT uq_notification_outbox_action_event UNIQUE (action_id, event_type)
);

CREATE INDEX ix_notification_outbox_due ON notification_outbox (next_attempt_at) WHERE status = 'PENDING';
