package dev.bulwark.cases.cluster;

import java.util.Comparator;
import java.util.List;

/** A candidate close enough to join, and how many bits apart the two fingerprints are. */
public record ClusterMatch(ClusterCandidate candidate, int distance) {

    /**
     * The candidates within the threshold, best first: nearest, then one already in a cluster (so a
     * tie joins the existing cluster instead of starting another), then in the order given.
     */
    public static List<ClusterMatch> ranked(Fingerprint probe, List<ClusterCandidate> candidates, ClusterThreshold threshold) {
        return candidates.stream()
                .map(candidate -> new ClusterMatch(candidate, probe.distanceTo(candidate.fingerprint())))
                .filter(match -> threshold.admits(match.distance()))
                .sorted(Comparator.comparingInt(ClusterMatch::distance)
                        .thenComparing(match -> match.candidate().clusterId() == null))
                .toList();
    }
}
