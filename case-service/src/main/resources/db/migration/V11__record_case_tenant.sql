-- The product team (intake tenant) whose user or organisation the case is about, from its first item;
-- named to action-service when the case is enforced, so the team's webhook hears of it. Null for
-- cases opened before tenants were recorded, and for items whose caller named none.
ALTER TABLE cases ADD COLUMN tenant varchar(256);
