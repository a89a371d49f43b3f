-- A case: one subject under review. Status, lease and item count are the projection of case_events.
CREATE TABLE cases (
    id               uuid         PRIMARY KEY,
    subject_type     varchar(32)  NOT NULL,
    subject_id       varchar(256) NOT NULL,
    organization_id  varchar(256),
    queue            varchar(64)  NOT NULL,
    status           varchar(16)  NOT NULL CHECK (status IN ('OPEN', 'CLAIMED', 'CLOSED')),
    priority         integer      NOT NULL,
    category         varchar(256),
    item_count       integer      NOT NULL CHECK (item_count > 0),
    policy_version   varchar(256),
    sla_due_at       timestamptz  NOT NULL,
    lease_owner      varchar(128),
    lease_expires_at timestamptz,
    created_at       timestamptz  NOT NULL,
    updated_at       timestamptz  NOT NULL,
    closed_at        timestamptz,
    CHECK ((status = 'CLAIMED') = (lease_owner IS NOT NULL AND lease_expires_at IS NOT NULL))
);

-- At most one case per subject that is not closed: concurrent OpenCase calls for one subject
-- cannot open two; the loser retries and joins the winner's case.
CREATE UNIQUE INDEX cases_one_unclosed_per_subject ON cases (subject_type, subject_id) WHERE status <> 'CLOSED';

-- Claim order within a queue: highest priority first, then oldest.
CREATE INDEX cases_claim_order ON cases (queue, priority DESC, created_at) WHERE status <> 'CLOSED';

-- Newest-first keyset paging of the case list.
CREATE INDEX cases_newest_first ON cases (created_at DESC, id DESC);
