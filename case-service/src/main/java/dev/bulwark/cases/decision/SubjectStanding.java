package dev.bulwark.cases.decision;

import java.time.Instant;
import java.util.List;

/**
 * A subject's standing and enforcement history as action-service reports it.
 *
 * @param suspendedUntil end of the active suspension; null when not suspended
 * @param actions the subject's actions, newest first (action-service returns at most 50)
 */
public record SubjectStanding(String state, int activeStrikes, int totalStrikes, Instant suspendedUntil,
        List<PriorAction> actions) {

    public SubjectStanding {
        actions = List.copyOf(actions);
    }

    /**
     * One enforcement action on the subject.
     *
     * @param expiresAt when it ends by itself; null for warnings and bans
     * @param referenceId the submission or case that led to it
     */
    public record PriorAction(String id, String type, String category, String origin, Instant createdAt,
            Instant expiresAt, boolean reverted, String referenceId) {}
}
