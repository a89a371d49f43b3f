-- The audited history of which policy version is in force and which runs in shadow; the current state
-- is a projection of these rows in order.
CREATE TABLE policy_events (
    id               uuid PRIMARY KEY,
    kind             varchar(32)  NOT NULL,
    version          varchar(255) NOT NULL,
    previous_version varchar(255),
    actor            varchar(255) NOT NULL,
    reason           varchar(1000) NOT NULL,
    recorded_at      timestamptz  NOT NULL
);
CREATE INDEX policy_events_recorded_at ON policy_events (recorded_at, id);

-- One row per category on which a shadowed candidate policy decided differently from the policy in force.
CREATE TABLE shadow_disagreements (
    id                uuid PRIMARY KEY,
    submission_id     varchar(128) NOT NULL,
    surface           varchar(64)  NOT NULL,
    active_version    varchar(255) NOT NULL,
    candidate_version varchar(255) NOT NULL,
    category          varchar(64)  NOT NULL,
    active_outcome    varchar(8)   NOT NULL,
    candidate_outcome varchar(8)   NOT NULL,
    recorded_at       timestamptz  NOT NULL
);
CREATE INDEX shadow_disagreements_pair ON shadow_disagreements (candidate_version, active_version, category);

-- How many decisions each candidate was shadowed on, so disagreements read as a share of traffic.
CREATE TABLE shadow_totals (
    candidate_version varchar(255) NOT NULL,
    active_version    varchar(255) NOT NULL,
    compared          bigint       NOT NULL,
    disagreed         bigint       NOT NULL,
    PRIMARY KEY (candidate_version, active_version)
);
