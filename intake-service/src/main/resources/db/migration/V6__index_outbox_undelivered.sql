-- The outbox gauges count pending and dead entries per kind every few seconds; delivered rows, the
-- vast majority, stay out of this index.
CREATE INDEX outbox_undelivered ON outbox (kind, created_at) WHERE delivered_at IS NULL;
