-- What produced each item's decision: the category that sent it to review, the policy version and
-- models it was decided under, and the explanation (thresholds reached, signals with evidence
-- spans) as one JSON object, since Hibernate Reactive binds JSON only as objects.
ALTER TABLE case_items
    ADD COLUMN category       varchar(256),
    ADD COLUMN policy_version varchar(256),
    ADD COLUMN model_versions text[] NOT NULL DEFAULT '{}',
    ADD COLUMN explanation    jsonb  NOT NULL DEFAULT '{"reasons": [], "signals": []}';
