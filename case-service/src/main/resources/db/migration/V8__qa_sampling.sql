-- Every automatic enforcement intake offered for QA sampling, sampled or not: the total behind the
-- automation figures, and what makes the offer idempotent on its source key (a redelivery is answered
-- as the first delivery was). qa_case_id is the QA case of a sampled one.
CREATE TABLE automated_enforcements (
    source_key varchar(256) PRIMARY KEY,
    category   varchar(256) NOT NULL,
    action_ids text[]       NOT NULL,
    offered_at timestamptz  NOT NULL,
    qa_case_id uuid         UNIQUE REFERENCES cases (id)
);

CREATE INDEX automated_enforcements_offered ON automated_enforcements (offered_at);

-- Samples taken in a time window, for the quality figures.
CREATE INDEX qa_samples_sampled ON qa_samples (sampled_at);

-- A QA case's items are copies of the sampled case's, keyed "qa:<original source key>"; the original
-- keys may already use the old limit of 256.
ALTER TABLE case_items ALTER COLUMN source_key TYPE varchar(512);
