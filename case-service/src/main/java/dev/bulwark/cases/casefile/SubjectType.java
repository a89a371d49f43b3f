package dev.bulwark.cases.casefile;

/** The kind of party a case is about. */
public enum SubjectType {
    ACCOUNT,
    ORGANIZATION
}
