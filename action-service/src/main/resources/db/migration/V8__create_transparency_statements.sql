-- Statements of reasons for the DSA Transparency Database: one per reportable action (restrictions,
-- suspensions, bans; warnings restrict nothing and get none). The payload is the statement exactly as
-- sent; puid is the platform's id of the statement, the same on every attempt, so it is never sent twice.
CREATE TABLE transparency_statements (
    action_id       uuid          PRIMARY KEY REFERENCES enforcement_actions (id),
    puid            varchar(500)  NOT NULL,
    category        varchar(128)  NOT NULL,
    state           varchar(16)   NOT NULL,
    attempts        integer       NOT NULL DEFAULT 0,
    next_attempt_at timestamptz   NOT NULL,
    last_error      varchar(1024),
    created_at      timestamptz   NOT NULL,
    submitted_at    timestamptz,
    payload         jsonb,
    CONSTRAINT uq_transparency_statements_puid UNIQUE (puid),
    CONSTRAINT ck_transparency_statements_state
        CHECK (state IN ('PENDING', 'SUBMITTED', 'FAILED', 'BLOCKED', 'WITHDRAWN')),
    CONSTRAINT ck_transparency_statements_payload CHECK (state = 'BLOCKED' OR payload IS NOT NULL)
);

-- The usage policy category is kept so BLOCKED statements are rebuilt once their category is mapped.
CREATE INDEX ix_transparency_statements_blocked ON transparency_statements (category) WHERE state = 'BLOCKED';
CREATE INDEX ix_transparency_statements_due ON transparency_statements (next_attempt_at) WHERE state = 'PENDING';
CREATE INDEX ix_transparency_statements_listing ON transparency_statements (state, created_at, action_id);
CREATE INDEX ix_transparency_statements_created ON transparency_statements (created_at, action_id);
-- The scan for actions without a statement walks actions by age.
CREATE INDEX ix_enforcement_actions_created ON enforcement_actions (created_at);
