-- Two-person approval: an action above the configured severity waits in PENDING_APPROVAL until a
-- second, different senior person approves (IN_FORCE) or rejects (REJECTED) it. Existing rows were
-- in force. decided_* record that second person; an approval moves expires_at to count from it.
-- Expiry: the sweep records in expired_at when a restriction or suspension ran out.
ALTER TABLE enforcement_actions
    ADD COLUMN status        varchar(24) NOT NULL DEFAULT 'IN_FORCE',
    ADD COLUMN decided_at    timestamptz,
    ADD COLUMN decided_by    varchar(256),
    ADD COLUMN decision_note varchar(1024),
    ADD COLUMN expired_at    timestamptz;

-- Actions that ran out before the sweep existed had their enabling planned when they were taken;
-- they count as expired without a sweep.
UPDATE enforcement_actions SET expired_at = expires_at WHERE expires_at <= now() AND reverted_at IS NULL;

-- The sweep now writes the enabling of a lockout that runs out; planned ones not yet due are dropped
-- so each is written once, by the sweep, with the account's standing of that moment.
DELETE FROM identity_effects
WHERE cause = 'EXPIRED' AND done_at IS NULL
  AND action_id IN (SELECT id FROM enforcement_actions WHERE expired_at IS NULL);

-- The sweep's claim: only live timed actions not yet recorded as expired.
CREATE INDEX ix_enforcement_actions_due_expiry ON enforcement_actions (expires_at)
    WHERE expired_at IS NULL AND reverted_at IS NULL AND status = 'IN_FORCE';

-- The approvers' queue, oldest first.
CREATE INDEX ix_enforcement_actions_pending ON enforcement_actions (created_at, id)
    WHERE status = 'PENDING_APPROVAL';
