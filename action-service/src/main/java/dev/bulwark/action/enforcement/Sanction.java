package dev.bulwark.action.enforcement;

import dev.bulwark.policy.EnforcementType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What an enforcement does: its type, how long it lasts (restrictions and suspensions only) and
 * which features a restriction limits.
 */
public record Sanction(EnforcementType type, Duration duration, List<String> features) {

    public Sanction {
        features = features == null ? List.of() : List.copyOf(features);
        if (!isTimed(type)) {
            duration = null;
        }
    }

    /** When a sanction taken at {@code takenAt} ends by itself; null for warnings and bans. */
    public Instant expiresAt(Instant takenAt) {
        return duration == null ? null : takenAt.plus(duration);
    }

    static boolean isTimed(EnforcementType type) {
        return type == EnforcementType.RESTRICT || type == EnforcementType.SUSPEND;
    }
}
