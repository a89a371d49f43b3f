package dev.bulwark.classifier.policy;

import dev.bulwark.classifier.policy.PolicyChangeRefused.Code;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which policy version is in force and which runs in shadow, as a projection of the audited events:
 * a candidate is shadowed, promoted into force, and the version it replaced can be rolled back to.
 * Commands check the change against the state and the versions known and return the event to record.
 */
public final class PolicyLifecycle {

    private String active;
    private String candidate;
    /** Versions that were in force before, most recent first: where a rollback returns to. */
    private final Deque<String> earlier = new ArrayDeque<>();

    private PolicyLifecycle(String active) {
        this.active = active;
    }

    /** The state after {@code events}, starting from the version in force when none were recorded. */
    public static PolicyLifecycle replay(String initiallyActive, List<PolicyEvent> events) {
        PolicyLifecycle lifecycle = new PolicyLifecycle(initiallyActive);
        events.forEach(lifecycle::apply);
        return lifecycle;
    }

    public String active() {
        return active;
    }

    public Optional<String> candidate() {
        return Optional.ofNullable(candidate);
    }

    /** The version a rollback without a named target returns to. */
    public Optional<String> rollbackTarget() {
        return Optional.ofNullable(earlier.peek());
    }

    public PolicyEvent setCandidate(String version, Set<String> known, String actor, String reason, Instant at) {
        requireKnown(version, known);
        if (version.equals(active)) {
            throw new PolicyChangeRefused(Code.ALREADY_IN_FORCE, "version " + version + " is already in force");
        }
        return apply(new PolicyEvent(PolicyEventKind.CANDIDATE_SET, version, null, actor, reason, at));
    }

    public PolicyEvent clearCandidate(String actor, String reason, Instant at) {
        String shadowed = candidate().orElseThrow(() -> new PolicyChangeRefused(Code.NO_CANDIDATE, "no candidate is shadowed"));
        return apply(new PolicyEvent(PolicyEventKind.CANDIDATE_CLEARED, shadowed, null, actor, reason, at));
    }

    /** Puts the candidate in force; it must still be known (its file may have been removed since). */
    public PolicyEvent promote(Set<String> known, String actor, String reason, Instant at) {
        String promoted = candidate().orElseThrow(() -> new PolicyChangeRefused(Code.NO_CANDIDATE, "no candidate to promote"));
        requireKnown(promoted, known);
        return apply(new PolicyEvent(PolicyEventKind.PROMOTED, promoted, active, actor, reason, at));
    }

    /** Puts {@code target} (or, when empty, the version in force before this one) in force again. */
    public PolicyEvent rollback(Optional<String> target, Set<String> known, String actor, String reason, Instant at) {
        String version = target.or(this::rollbackTarget).orElseThrow(() ->
                new PolicyChangeRefused(Code.NOTHING_TO_ROLL_BACK_TO, "no earlier version has been in force"));
        requireKnown(version, known);
        if (version.equals(active)) {
            throw new PolicyChangeRefused(Code.ALREADY_IN_FORCE, "version " + version + " is already in force");
        }
        return apply(new PolicyEvent(PolicyEventKind.ROLLED_BACK, version, active, actor, reason, at));
    }

    private PolicyEvent apply(PolicyEvent event) {
        switch (event.kind()) {
            case CANDIDATE_SET -> candidate = event.version();
            case CANDIDATE_CLEARED -> candidate = null;
            case PROMOTED -> {
                earlier.push(active);
                active = event.version();
                candidate = null;
            }
            case ROLLED_BACK -> {
                // Rolling back to the version just before drops it from the stack; a named older target
                // keeps the history, and the version left behind becomes the next rollback target.
                if (event.version().equals(earlier.peek())) {
                    earlier.pop();
                } else {
                    earlier.push(active);
                }
                active = event.version();
                if (event.version().equals(candidate)) {
                    candidate = null;
                }
            }
        }
        return event;
    }

    private static void requireKnown(String version, Set<String> known) {
        if (!known.contains(version)) {
            throw new PolicyChangeRefused(Code.UNKNOWN_VERSION, "no policy document has version " + version);
        }
    }
}
