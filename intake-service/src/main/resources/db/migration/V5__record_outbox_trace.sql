-- The W3C traceparent of the request that wrote the entry, so a scheduled redelivery continues the
-- submission's trace instead of starting a new one. Ids only; empty when nothing was traced.
ALTER TABLE outbox ADD COLUMN trace_parent varchar(64);
