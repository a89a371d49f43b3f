-- The reviewer's workbench: kinds of case (review, appeal, QA), escalation to senior reviewers,
-- holds while more information is requested, the lease's start (for handling times), what routed
-- and prioritises a case, reviewers excluded from a case, one row per decision, and daily exposure.

ALTER TABLE cases
    ADD COLUMN kind             varchar(16)  NOT NULL DEFAULT 'REVIEW' CHECK (kind IN ('REVIEW', 'APPEAL', 'QA')),
    ADD COLUMN tier             varchar(16)  NOT NULL DEFAULT 'STANDARD' CHECK (tier IN ('STANDARD', 'SENIOR')),
    ADD COLUMN hold_until       timestamptz,
    ADD COLUMN lease_claimed_at timestamptz,
    ADD COLUMN severity         varchar(16)  NOT NULL DEFAULT 'MEDIUM',
    ADD COLUMN surface          varchar(256),
    ADD COLUMN language         varchar(256),
    ADD COLUMN report_count     integer      NOT NULL DEFAULT 0 CHECK (report_count >= 0),
    ADD COLUMN reach            bigint       NOT NULL DEFAULT 0 CHECK (reach >= 0),
    ADD COLUMN priority_at      timestamptz;

UPDATE cases SET lease_claimed_at = updated_at WHERE status = 'CLAIMED';
UPDATE cases SET priority_at = updated_at;
ALTER TABLE cases ALTER COLUMN priority_at SET NOT NULL;

ALTER TABLE cases DROP CONSTRAINT cases_status_check;
ALTER TABLE cases DROP CONSTRAINT cases_check;
ALTER TABLE cases
    ADD CONSTRAINT cases_status_check CHECK (status IN ('OPEN', 'CLAIMED', 'AWAITING_INFO', 'CLOSED')),
    ADD CONSTRAINT cases_lease_iff_claimed CHECK ((status = 'CLAIMED')
        = (lease_owner IS NOT NULL AND lease_expires_at IS NOT NULL AND lease_claimed_at IS NOT NULL)),
    ADD CONSTRAINT cases_hold_iff_awaiting CHECK ((status = 'AWAITING_INFO') = (hold_until IS NOT NULL));

-- Only review cases are one per subject; appeals and QA samples of the same subject stand beside them.
DROP INDEX cases_one_unclosed_per_subject;
CREATE UNIQUE INDEX cases_one_unclosed_review_per_subject ON cases (subject_type, subject_id)
    WHERE status <> 'CLOSED' AND kind = 'REVIEW';
CREATE INDEX cases_by_subject ON cases (subject_type, subject_id, created_at DESC);

-- Claim order within a queue and tier: highest priority first, then oldest.
DROP INDEX cases_claim_order;
CREATE INDEX cases_claim_order ON cases (queue, tier, priority DESC, created_at, id) WHERE status <> 'CLOSED';

ALTER TABLE case_events DROP CONSTRAINT case_events_type_check;
ALTER TABLE case_events ADD CONSTRAINT case_events_type_check CHECK (type IN (
    'OPENED', 'ITEM_ADDED', 'CLAIMED', 'RELEASED', 'SKIPPED', 'LEASE_EXPIRED', 'ESCALATED', 'INFO_REQUESTED',
    'RESUMED', 'DECIDED', 'NOTE_ADDED', 'CONTENT_REVEALED', 'CLUSTERED'));

-- Reviewers who must not be handed a case: the one who skipped it, the original decider of an
-- appealed or QA-sampled decision.
CREATE TABLE case_exclusions (
    case_id  uuid         NOT NULL REFERENCES cases (id),
    reviewer varchar(128) NOT NULL,
    reason   varchar(32)  NOT NULL CHECK (reason IN ('SKIPPED', 'ORIGINAL_DECIDER')),
    PRIMARY KEY (case_id, reviewer)
);

-- One row per closing decision, for handling times, appeals (which decision produced an action),
-- QA comparison and agreement figures. The DECIDED event stays the record; this is its index.
CREATE TABLE case_decisions (
    case_id        uuid         PRIMARY KEY REFERENCES cases (id),
    kind           varchar(16)  NOT NULL,
    queue          varchar(64)  NOT NULL,
    reviewer       varchar(128) NOT NULL,
    outcome        varchar(32)  NOT NULL,
    category       varchar(256),
    action         varchar(16),
    action_ids     text[]       NOT NULL,
    claimed_at     timestamptz  NOT NULL,
    decided_at     timestamptz  NOT NULL,
    handling_ms    bigint       NOT NULL CHECK (handling_ms >= 0)
);

CREATE INDEX case_decisions_by_queue_time ON case_decisions (queue, decided_at);
CREATE INDEX case_decisions_by_action ON case_decisions USING gin (action_ids);

-- What each reviewer was handed and revealed per category and UTC day, for exposure limits.
CREATE TABLE reviewer_exposure (
    reviewer varchar(128) NOT NULL,
    day      date         NOT NULL,
    category varchar(256) NOT NULL,
    handed   integer      NOT NULL DEFAULT 0,
    reveals  integer      NOT NULL DEFAULT 0,
    PRIMARY KEY (reviewer, day, category)
);

-- An appeal of an enforcement action: the case that reviews it, and how it was resolved.
CREATE TABLE appeals (
    case_id           uuid         PRIMARY KEY REFERENCES cases (id),
    idempotency_key   varchar(512) NOT NULL UNIQUE,
    action_id         varchar(256) NOT NULL,
    action_origin     varchar(16)  NOT NULL CHECK (action_origin IN ('AUTOMATED', 'REVIEW')),
    original_case_id  uuid         REFERENCES cases (id),
    original_reviewer varchar(128),
    category          varchar(256),
    filed_by          varchar(256) NOT NULL,
    statement         text,
    filed_at          timestamptz  NOT NULL,
    resolution        varchar(16)  CHECK (resolution IN ('UPHELD', 'OVERTURNED')),
    resolved_at       timestamptz,
    CHECK ((resolution IS NULL) = (resolved_at IS NULL))
);

-- At most one unresolved appeal per action.
CREATE UNIQUE INDEX appeals_one_open_per_action ON appeals (action_id) WHERE resolution IS NULL;
CREATE INDEX appeals_resolved ON appeals (resolved_at) WHERE resolution IS NOT NULL;

-- A decision sampled for QA (a reviewer's or an automatic enforcement), the QA case that checks it
-- blind, and the verdict once QA has decided.
CREATE TABLE qa_samples (
    case_id           uuid         PRIMARY KEY REFERENCES cases (id),
    origin            varchar(16)  NOT NULL CHECK (origin IN ('AUTOMATED', 'REVIEW')),
    sampled_case_id   uuid         UNIQUE REFERENCES cases (id),
    action_ids        text[]       NOT NULL,
    original_reviewer varchar(128),
    original_outcome  varchar(32)  NOT NULL,
    original_category varchar(256),
    sampled_at        timestamptz  NOT NULL,
    qa_reviewer       varchar(128),
    qa_outcome        varchar(32),
    qa_category       varchar(256),
    verdict           varchar(16)  CHECK (verdict IN ('AGREED', 'OVERTURNED')),
    verified_at       timestamptz,
    CHECK ((verdict IS NULL) = (verified_at IS NULL)),
    CHECK ((origin = 'REVIEW') = (sampled_case_id IS NOT NULL))
);

CREATE INDEX qa_samples_verified ON qa_samples (verified_at) WHERE verdict IS NOT NULL;
