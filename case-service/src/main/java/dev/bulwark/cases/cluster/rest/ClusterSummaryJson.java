package dev.bulwark.cases.cluster.rest;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A cluster in the list of open ones; counts and times cover its unclosed members. */
public record ClusterSummaryJson(
        UUID id,
        String queue,
        @Schema(description = "Category of the oldest unclosed member") String category,
        @Schema(description = "Unclosed members, at least 2") int memberCount,
        @Schema(description = "When the oldest unclosed member was opened") Instant oldestCreatedAt,
        @Schema(description = "Highest priority of an unclosed member") int highestPriority) {}
