-- Hash banks: curated lists of hashes of known images, each in one policy category. The name goes
-- into signal ids, hence unique.
CREATE TABLE hash_banks (
    id          UUID PRIMARY KEY,
    name        VARCHAR(63) NOT NULL,
    category    VARCHAR(64) NOT NULL,
    enabled     BOOLEAN NOT NULL,
    description VARCHAR(500),
    created_by  VARCHAR(255) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT hash_banks_name_key UNIQUE (name)
);

-- The hashes of a bank: lower-case hex SHA-256 of the image bytes or PDQ of its pixels. position
-- orders entry pages (a cursor is the last position seen); a bank holds each hash once.
CREATE TABLE hash_entries (
    position BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    bank_id  UUID NOT NULL REFERENCES hash_banks (id),
    kind     VARCHAR(6) NOT NULL CHECK (kind IN ('SHA256', 'PDQ')),
    hash     VARCHAR(64) NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
    label    VARCHAR(200),
    source   VARCHAR(200),
    added_by VARCHAR(255) NOT NULL,
    added_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT hash_entries_bank_kind_hash_key UNIQUE (bank_id, kind, hash)
);

CREATE INDEX hash_entries_bank_position_idx ON hash_entries (bank_id, position);
