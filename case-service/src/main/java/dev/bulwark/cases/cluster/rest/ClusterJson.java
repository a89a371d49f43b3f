package dev.bulwark.cases.cluster.rest;

import dev.bulwark.cases.view.rest.CaseSummaryJson;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A cluster with every member, closed ones included, oldest first. */
public record ClusterJson(
        UUID id,
        String queue,
        @Schema(description = "Members that are not closed") int unclosedCount,
        List<CaseSummaryJson> members) {}
