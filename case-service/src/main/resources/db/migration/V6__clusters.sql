-- Near-duplicate clusters: the SimHash fingerprint of a review case's first item, split into four
-- 16-bit bands for lookups (two fingerprints at most 3 bits apart share a whole band), and the
-- cluster the case joined. Cases without text have no fingerprint.

ALTER TABLE cases
    ADD COLUMN simhash       bigint,
    ADD COLUMN simhash_band0 integer CHECK (simhash_band0 BETWEEN 0 AND 65535),
    ADD COLUMN simhash_band1 integer CHECK (simhash_band1 BETWEEN 0 AND 65535),
    ADD COLUMN simhash_band2 integer CHECK (simhash_band2 BETWEEN 0 AND 65535),
    ADD COLUMN simhash_band3 integer CHECK (simhash_band3 BETWEEN 0 AND 65535),
    ADD COLUMN cluster_id    uuid,
    ADD CONSTRAINT cases_bands_iff_simhash CHECK ((simhash IS NULL) = (simhash_band0 IS NULL)
        AND (simhash IS NULL) = (simhash_band1 IS NULL)
        AND (simhash IS NULL) = (simhash_band2 IS NULL)
        AND (simhash IS NULL) = (simhash_band3 IS NULL));

-- Candidates of a new case: unclosed cases of its queue with an identical band.
CREATE INDEX cases_simhash_band0 ON cases (queue, simhash_band0) WHERE status <> 'CLOSED' AND simhash IS NOT NULL;
CREATE INDEX cases_simhash_band1 ON cases (queue, simhash_band1) WHERE status <> 'CLOSED' AND simhash IS NOT NULL;
CREATE INDEX cases_simhash_band2 ON cases (queue, simhash_band2) WHERE status <> 'CLOSED' AND simhash IS NOT NULL;
CREATE INDEX cases_simhash_band3 ON cases (queue, simhash_band3) WHERE status <> 'CLOSED' AND simhash IS NOT NULL;

-- Members of a cluster, and the open clusters of a queue.
CREATE INDEX cases_by_cluster ON cases (cluster_id) WHERE cluster_id IS NOT NULL;
