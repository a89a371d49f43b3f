package dev.bulwark.cases.appeal.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An appeal as staff file it for a user; the subject's type is a string so that a bad value comes back as a field violation. */
public record AppealRequestJson(
        @Schema(required = true, description = "The appealed action, an action id of action-service",
                example = "5f0c1c9e-2b7a-4d7e-9a51-0e6c3b1f2a44") String actionId,
        @Schema(required = true, description = "The account or organisation the action is on") SubjectJson subject,
        @Schema(description = "The user's own words, at most 4000 characters",
                example = "I was quoting the message I received, not threatening anyone.") String statement) {

    /** The party an action is on. */
    public record SubjectJson(
            @Schema(enumeration = {"ACCOUNT", "ORGANIZATION", "API_KEY"}, required = true, example = "ACCOUNT") String type,
            @Schema(required = true, example = "acct-4711") String id,
            @Schema(nullable = true, description = "The organisation an account belongs to") String organizationId) {}
}
