package dev.bulwark.intake.appeal;

import dev.bulwark.intake.submission.Subject;
import java.time.Instant;

/**
 * An appeal the tenant filed, as it stands.
 *
 * @param resolvedAt when a reviewer decided it; null while it is open
 */
public record FiledAppeal(String appealId, String actionId, Subject subject, AppealStatus status, Instant filedAt,
        Instant resolvedAt) {}
