package dev.bulwark.intake.submission;

/** The account or organisation content is attributed to. */
public record Subject(Kind kind, String id, String organizationId) {

    /** Kinds of subject; UNSPECIFIED only ever comes from a caller that left it out. */
    public enum Kind {
        UNSPECIFIED,
        ACCOUNT,
        ORGANIZATION,
        /** An organisation's API key; it always names its organisation. */
        API_KEY
    }
}
