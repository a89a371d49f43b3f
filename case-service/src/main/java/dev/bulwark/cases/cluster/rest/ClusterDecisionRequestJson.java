package dev.bulwark.cases.cluster.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A senior reviewer's decision for every unclosed member of a cluster; enums are strings so bad values come back as field violations. */
@Schema(example = """
        {"outcome": "VIOLATING", "category": "spam", "action": null, "note": "same promotion posted by many accounts",
         "excludeCaseIds": ["3f0c2a5e-8d1b-4c7e-9a61-2b5d0e4f7a13"]}""")
public record ClusterDecisionRequestJson(
        @Schema(enumeration = {"VIOLATING", "NOT_VIOLATING"}, required = true) String outcome,
        @Schema(description = "Policy category; required when VIOLATING") String category,
        @Schema(enumeration = {"WARN", "RESTRICT", "SUSPEND", "BAN"}, nullable = true,
                description = "Leave null to let the category's ladder choose, per subject") String action,
        @Schema(description = "Note recorded with every member's decision, at most 2000 characters") String note,
        @Schema(description = "Members to leave alone; each must be a member of the cluster") List<String> excludeCaseIds) {}
