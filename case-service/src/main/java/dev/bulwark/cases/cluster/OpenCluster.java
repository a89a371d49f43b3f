package dev.bulwark.cases.cluster;

import java.time.Instant;
import java.util.UUID;

/**
 * A cluster with at least two unclosed members, as a queue overview shows it.
 *
 * @param category the category of its oldest unclosed member
 * @param memberCount how many of its members are not closed
 */
public record OpenCluster(UUID id, String queue, String category, int memberCount, Instant oldestCreatedAt,
        int highestPriority) {}
