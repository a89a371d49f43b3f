-- An appeal case has one item: the appellant's statement about the appealed action.
ALTER TABLE case_items DROP CONSTRAINT case_items_source_check;
ALTER TABLE case_items ADD CONSTRAINT case_items_source_check CHECK (source IN ('SUBMISSION', 'REPORT', 'APPEAL'));
