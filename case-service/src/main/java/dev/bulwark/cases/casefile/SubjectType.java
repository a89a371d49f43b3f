package dev.bulwark.cases.casefile;

/** The kind of party a case is about. */
public enum SubjectType {
    ACCOUNT,
    ORGANIZATION,
    /** An organisation's API key; it always names its organisation. */
    API_KEY
}
