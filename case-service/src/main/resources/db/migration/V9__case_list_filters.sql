-- Case list filters, newest first: the cases of a category, and the cases a reviewer holds.
CREATE INDEX cases_by_category ON cases (category, created_at DESC, id DESC) WHERE category IS NOT NULL;
CREATE INDEX cases_by_lease_owner ON cases (lease_owner, created_at DESC, id DESC) WHERE lease_owner IS NOT NULL;
