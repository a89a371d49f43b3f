package dev.bulwark.cases.cluster;

import java.util.UUID;

/**
 * An unclosed review case of the same queue whose fingerprint shares a band with a new case's.
 *
 * @param clusterId its cluster; null while it is in none
 */
public record ClusterCandidate(UUID caseId, Fingerprint fingerprint, UUID clusterId) {}
