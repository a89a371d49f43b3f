package dev.bulwark.cases.casefile;

/** The account or organisation a case is about; {@code organizationId} may be null. */
public record Subject(SubjectType type, String id, String organizationId) {}
