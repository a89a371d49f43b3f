package dev.bulwark.cases.cluster;

import java.util.List;
import java.util.UUID;

/**
 * What a cluster decision did to one member.
 *
 * @param actionIds the enforcement actions of a DECIDED member; empty otherwise
 * @param problem for a FAILED member, the problem type slug the single-case decision would have
 *     answered with (for example {@code enforcement-unavailable}); null otherwise
 */
public record MemberResult(UUID caseId, Result result, List<String> actionIds, String problem) {

    public MemberResult {
        actionIds = List.copyOf(actionIds);
    }

    public static MemberResult of(UUID caseId, Result result) {
        return new MemberResult(caseId, result, List.of(), null);
    }

    public enum Result {
        /** Decided now, with its own DECIDED event and enforcement. */
        DECIDED,
        /** Another reviewer holds a live lease on it; left to them. */
        SKIPPED_LEASED,
        /** On hold for more information until its hold runs out or an item arrives; left waiting. */
        SKIPPED_ON_HOLD,
        /** Closed before this decision (by anyone, or by an earlier try of the same decision). */
        ALREADY_CLOSED,
        /** The decision failed for this member; nothing was recorded and the caller keeps its lease, so a retry resumes. */
        FAILED
    }
}
