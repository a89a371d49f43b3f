-- The webhook outbox gauges count dead deliveries every few seconds; this keeps the count off the
-- delivered rows, the vast majority.
CREATE INDEX ix_notification_outbox_dead ON notification_outbox (created_at) WHERE status = 'DEAD';
