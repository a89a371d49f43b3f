package dev.bulwark.action.subject;

/** The kind of party enforcement acts on. */
public enum SubjectKind {
    ACCOUNT,
    ORGANIZATION,
    /** An organisation's API key: enforced like an account, counted toward its organisation. */
    API_KEY
}
