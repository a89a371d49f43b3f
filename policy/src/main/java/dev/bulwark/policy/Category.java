package dev.bulwark.policy;

/** A harm category of the policy, for example {@code harassment/threatening}. */
public record Category(String id, Severity severity, String description) {}
