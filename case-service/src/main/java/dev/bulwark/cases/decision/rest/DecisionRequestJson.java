package dev.bulwark.cases.decision.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reviewer's decision as posted; enums are strings so that bad values come back as field violations. */
@Schema(example = """
        {"outcome": "VIOLATING", "category": "harassment", "action": null, "note": "Targeted insults, second time this week."}
        """)
public record DecisionRequestJson(
        @Schema(enumeration = {"VIOLATING", "NOT_VIOLATING", "ESCALATE", "REQUEST_INFO"}, required = true,
                description = "ESCALATE and REQUEST_INFO keep the case open and need a note") String outcome,
        @Schema(description = "Policy category; required when VIOLATING", example = "harassment") String category,
        @Schema(enumeration = {"WARN", "RESTRICT", "SUSPEND", "BAN"}, nullable = true,
                description = "Leave null to let the category's ladder choose") String action,
        @Schema(description = "Reviewer's note, at most 2000 characters; required for ESCALATE and REQUEST_INFO",
                example = "Repeated insults towards the same user after a warning.") String note) {}
