package dev.bulwark.action.enforcement;

import dev.bulwark.action.subject.Subject;
import dev.bulwark.policy.EnforcementType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An enforcement action as the domain sees it: what was done to whom, why, until when, and
 * whether it was reverted.
 *
 * @param expiresAt when it ends by itself; null for warnings and bans
 * @param revertedAt when it was reverted; null while it stands
 */
public record EnforcementAction(
        UUID id,
        Subject subject,
        EnforcementType type,
        String category,
        ActionOrigin origin,
        String referenceId,
        Provenance provenance,
        String actor,
        List<String> features,
        Instant createdAt,
        Instant expiresAt,
        Instant revertedAt,
        String revertReason) {

    public EnforcementAction {
        features = features == null ? List.of() : List.copyOf(features);
        provenance = provenance == null ? Provenance.NONE : provenance;
    }

    /** A new action taken now for a command, with the sanction the ladder chose. */
    public static EnforcementAction take(UUID id, EnforceCommand command, Sanction sanction, Instant now) {
        return new EnforcementAction(id, command.subject(), sanction.type(), command.category(), command.origin(),
                command.referenceId(), command.provenance(), command.actor(), sanction.features(),
                now, sanction.expiresAt(now), null, null);
    }

    public boolean reverted() {
        return revertedAt != null;
    }

    /** True while it neither was reverted nor ended by itself. */
    public boolean inForceAt(Instant now) {
        return !reverted() && (expiresAt == null || expiresAt.isAfter(now));
    }
}
