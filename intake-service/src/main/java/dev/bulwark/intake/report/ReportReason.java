package dev.bulwark.intake.report;

import java.util.Optional;

/** Why a user reported something, and the policy category that routes the report. */
public enum ReportReason {
    UNSPECIFIED(null),
    SPAM("spam"),
    HARASSMENT("harassment"),
    HATE("hate"),
    VIOLENCE("violence"),
    SEXUAL("sexual"),
    SELF_HARM("self-harm"),
    /** Routed to the policy's default queue. */
    OTHER(null);

    private final String category;

    ReportReason(String category) {
        this.category = category;
    }

    public Optional<String> category() {
        return Optional.ofNullable(category);
    }
}
