-- Deliveries to case- and action-service, written in the same transaction as what caused them.
-- The payload is the serialized gRPC request; receivers dedupe by its key, so redelivery is safe.
CREATE TABLE outbox (
    id              uuid PRIMARY KEY,
    kind            varchar(16)  NOT NULL,
    origin_type     varchar(16)  NOT NULL,
    origin_id       uuid         NOT NULL,
    payload         bytea        NOT NULL,
    attempts        integer      NOT NULL,
    next_attempt_at timestamptz  NOT NULL,
    delivered_at    timestamptz,
    dead_at         timestamptz,
    last_error      varchar(256),
    created_at      timestamptz  NOT NULL
);

CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE delivered_at IS NULL AND dead_at IS NULL;
