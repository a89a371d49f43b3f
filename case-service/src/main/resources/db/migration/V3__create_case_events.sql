-- The append-only history of a case; the status columns of cases are its projection.
CREATE TABLE case_events (
    id          bigserial    PRIMARY KEY,
    case_id     uuid         NOT NULL REFERENCES cases (id),
    type        varchar(32)  NOT NULL
        CHECK (type IN ('OPENED', 'ITEM_ADDED', 'CLAIMED', 'RELEASED', 'LEASE_EXPIRED', 'DECIDED')),
    actor       varchar(128) NOT NULL,
    details     jsonb        NOT NULL,
    occurred_at timestamptz  NOT NULL
);

CREATE INDEX case_events_by_case ON case_events (case_id, id);
