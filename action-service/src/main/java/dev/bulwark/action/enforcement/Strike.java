package dev.bulwark.action.enforcement;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A mark against a subject that the ladder counts while it is active. */
public record Strike(UUID id, UUID actionId, String category, int weight, Instant createdAt, Instant expiresAt,
        boolean reverted) {

    /** Every strike weighs the same for now; the column leaves room for weighted ladders. */
    public static final int STANDARD_WEIGHT = 1;

    /** The strike an action brings, counting for one strike window from when the action took effect. */
    public static Strike of(UUID id, EnforcementAction action, Duration window) {
        return new Strike(id, action.id(), action.category(), STANDARD_WEIGHT, action.inForceSince(),
                action.inForceSince().plus(window), false);
    }

    /** Counts toward the ladder: not reverted and not yet expired. */
    public boolean activeAt(Instant now) {
        return !reverted && expiresAt.isAfter(now);
    }
}
