-- Claims lock only OPEN cases: the claim index holds nothing else, so a claim never wades through
-- leased cases however long the queue. Leases and holds that run out are returned to OPEN by the
-- lease reaper, which finds them through the two expiry indexes.
DROP INDEX cases_claim_order;
CREATE INDEX cases_claim_order ON cases (queue, tier, priority DESC, created_at, id) WHERE status = 'OPEN';
CREATE INDEX cases_lease_expiry ON cases (lease_expires_at) WHERE status = 'CLAIMED';
CREATE INDEX cases_hold_expiry ON cases (hold_until) WHERE status = 'AWAITING_INFO';
