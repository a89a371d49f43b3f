-- An item under review (a submission or a report); source_key makes OpenCase idempotent.
-- scores is a JSON object of confidence by category name. reasons is a text array rather than
-- jsonb because Hibernate Reactive binds JSON only as objects, never as top-level arrays.
CREATE TABLE case_items (
    id            uuid         PRIMARY KEY,
    case_id       uuid         NOT NULL REFERENCES cases (id),
    source_key    varchar(256) NOT NULL UNIQUE,
    source        varchar(16)  NOT NULL CHECK (source IN ('SUBMISSION', 'REPORT')),
    reference_id  varchar(256),
    surface       varchar(256),
    content_text  text,
    language      varchar(256),
    scores        jsonb        NOT NULL,
    reasons       text[]       NOT NULL,
    received_at   timestamptz  NOT NULL
);

CREATE INDEX case_items_by_case ON case_items (case_id, received_at);
