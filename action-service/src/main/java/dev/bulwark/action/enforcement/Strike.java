package dev.bulwark.action.enforcement;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A mark against a subject that the ladder counts while it is active. */
public record Strike(UUID id, UUID actionId, String category, int weight, Instant createdAt, Instant expiresAt,
        boolean reverted) {

    /**
     * The strike an action brings, worth {@code weight} points for one strike window from when the
     * action took effect.
     */
    public static Strike of(UUID id, EnforcementAction action, Duration window, int weight) {
        if (weight < 1) {
            throw new IllegalArgumentException("a strike weighs at least one point");
        }
        return new Strike(id, action.id(), action.category(), weight, action.inForceSince(),
                action.inForceSince().plus(window), false);
    }

    /** Counts toward the ladder: not reverted and not yet expired. */
    public boolean activeAt(Instant now) {
        return !reverted && expiresAt.isAfter(now);
    }
}
