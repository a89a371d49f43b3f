-- Backtests: a policy version evaluated over the submissions stored in a time window, run in the
-- background. results holds the counts by category and outcome pair (a JSON object).
CREATE TABLE backtests (
    id              uuid PRIMARY KEY,
    policy_version  varchar(255) NOT NULL,
    window_from     timestamptz  NOT NULL,
    window_to       timestamptz  NOT NULL,
    status          varchar(16)  NOT NULL,
    total           bigint       NOT NULL,
    processed       bigint       NOT NULL,
    results         jsonb        NOT NULL,
    error           varchar(1000),
    requested_by    varchar(255) NOT NULL,
    created_at      timestamptz  NOT NULL,
    finished_at     timestamptz
);
