package dev.bulwark.cases.cluster.rest;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a cluster decision did to each member it was applied to (excluded members are not listed). */
public record ClusterDecisionResponseJson(UUID clusterId, List<MemberJson> members) {

    public record MemberJson(
            UUID caseId,
            @Schema(enumeration = {"DECIDED", "SKIPPED_LEASED", "SKIPPED_ON_HOLD", "ALREADY_CLOSED", "FAILED"},
                    description = "SKIPPED_LEASED: another reviewer holds its lease; SKIPPED_ON_HOLD: it awaits "
                            + "information; FAILED: nothing recorded, the caller keeps its lease, retry the decision")
            String result,
            @Schema(description = "Enforcement actions of a DECIDED member") List<String> actionIds,
            @Schema(description = "Problem type of a FAILED member, as the single-case decision would answer", nullable = true)
            String problem) {}
}
