-- What produced the decision behind an action, besides its policy version: the versions of the
-- models that scored the content and the ids of the classifier signals behind the scores.
ALTER TABLE enforcement_actions
    ADD COLUMN model_versions text[] NOT NULL DEFAULT '{}',
    ADD COLUMN signal_ids     text[] NOT NULL DEFAULT '{}';
