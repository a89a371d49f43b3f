package dev.bulwark.classifier.policy;

import java.time.Instant;

/**
 * One audited change of which policy is in force or shadowed.
 *
 * @param version the version the change concerns (the new candidate, the version put in force)
 * @param previousVersion the version in force before a promotion or rollback, else null
 * @param actor who made the change (the administrator's user name)
 */
public record PolicyEvent(PolicyEventKind kind, String version, String previousVersion, String actor, String reason, Instant at) {}
