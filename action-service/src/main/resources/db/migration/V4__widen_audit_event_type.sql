-- Identity events (IDENTITY_DISABLED, IDENTITY_ENABLED) are longer than the first event types.
ALTER TABLE audit_log ALTER COLUMN event_type TYPE varchar(32);
