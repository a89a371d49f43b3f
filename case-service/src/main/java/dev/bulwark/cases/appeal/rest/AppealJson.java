package dev.bulwark.cases.appeal.rest;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An appeal: the appealed action and the decision behind it, what the user said, and how it was resolved.
 *
 * @param appealId also the id of the case that reviews the appeal
 */
public record AppealJson(
        UUID appealId,
        String actionId,
        SubjectJson subject,
        @Schema(enumeration = {"AUTOMATED", "REVIEW"}) String actionOrigin,
        @Schema(nullable = true, description = "The case whose decision produced the action; null when automated")
                UUID originalCaseId,
        @Schema(nullable = true, description = "Who made that decision; never handed the appeal") String originalReviewer,
        String category,
        @Schema(nullable = true) String statement,
        String filedBy,
        Instant filedAt,
        @Schema(enumeration = {"OPEN", "UPHELD", "OVERTURNED"}) String status,
        @Schema(nullable = true, description = "When the appeal was decided; null while open") Instant resolvedAt) {

    /** The party the appealed action is on. */
    public record SubjectJson(String type, String id, String organizationId) {}
}
