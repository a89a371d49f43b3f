-- Every policy document the classifier has loaded: the version it claims and the hash of its bytes.
CREATE TABLE policy_versions (
    id        UUID PRIMARY KEY,
    version   VARCHAR(255) NOT NULL,
    sha256    VARCHAR(64) NOT NULL,
    loaded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT policy_versions_version_sha256_key UNIQUE (version, sha256)
);
