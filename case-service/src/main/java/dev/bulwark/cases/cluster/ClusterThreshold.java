package dev.bulwark.cases.cluster;

/**
 * How many bits two fingerprints may differ in for their cases to cluster. Above
 * {@value Fingerprint#MAX_FINDABLE_DISTANCE} the band lookup would miss some matches, so such a
 * setting is refused rather than silently honoured for only some pairs.
 */
public record ClusterThreshold(int maxDistance) {

    public ClusterThreshold {
        if (maxDistance < 0 || maxDistance > Fingerprint.MAX_FINDABLE_DISTANCE) {
            throw new IllegalArgumentException("bulwark.cases.cluster.max-distance must be between 0 and "
                    + Fingerprint.MAX_FINDABLE_DISTANCE + " (four 16-bit bands find no match further apart), not " + maxDistance);
        }
    }

    public boolean admits(int distance) {
        return distance <= maxDistance;
    }
}
