-- The W3C traceparent of the call that brought the item (the submission's trace), so a reviewer's
-- decision, days later and in a trace of its own, links back to what it decided. Ids only.
ALTER TABLE case_items ADD COLUMN trace_parent varchar(64);
