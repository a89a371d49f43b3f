-- An organisation answers for its accounts and API keys: counting its members under active strikes
-- starts from the actions recorded under the organisation.
CREATE INDEX ix_enforcement_actions_organization ON enforcement_actions (organization_id)
    WHERE organization_id IS NOT NULL AND subject_type <> 'ORGANIZATION';
