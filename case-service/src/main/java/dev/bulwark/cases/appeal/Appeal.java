package dev.bulwark.cases.appeal;

import dev.bulwark.cases.casefile.Subject;
import java.time.Instant;
import java.util.UUID;

/**
 * An appeal as stored: the case reviewing it (whose id is the appeal's), what it is about, and how it
 * was resolved.
 *
 * @param resolvedAt when the appeal was decided; null while it is open
 */
public record Appeal(UUID id, Subject subject, AppealedAction action, String statement, String filedBy,
        Instant filedAt, AppealStatus status, Instant resolvedAt) {}
