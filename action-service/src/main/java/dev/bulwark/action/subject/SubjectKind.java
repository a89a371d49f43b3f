package dev.bulwark.action.subject;

/** The kind of party enforcement acts on. */
public enum SubjectKind {
    ACCOUNT,
    ORGANIZATION
}
