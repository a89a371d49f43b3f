package dev.bulwark.action.standing;

import dev.bulwark.action.enforcement.EnforcementAction;
import dev.bulwark.action.enforcement.Strike;
import dev.bulwark.action.subject.Subject;
import dev.bulwark.policy.EnforcementType;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;

/**
 * Computes a subject's standing from its actions and strikes; the standing is never stored, so a
 * reversal or an expiry changes it without anyone writing it.
 */
public final class StandingProjection {

    private final Duration strikeWindow;

    public StandingProjection(Duration strikeWindow) {
        this.strikeWindow = strikeWindow;
    }

    /** How long a warning and a strike count. */
    public Duration strikeWindow() {
        return strikeWindow;
    }

    /**
     * The standing at {@code now}. {@code actions} must hold at least every action that can still be
     * in force (any unreverted ban, unexpired restriction or suspension, warning within the window).
     */
    public Standing project(Subject subject, Collection<EnforcementAction> actions, Collection<Strike> strikes,
            Instant now) {
        StandingState state = StandingState.GOOD;
        Instant suspendedUntil = null;
        for (EnforcementAction action : actions) {
            StandingState effect = effectAt(action, now);
            if (effect == StandingState.SUSPENDED) {
                suspendedUntil = suspendedUntil == null || action.expiresAt().isAfter(suspendedUntil)
                        ? action.expiresAt()
                        : suspendedUntil;
            }
            state = effect.compareTo(state) > 0 ? effect : state;
        }
        int active = (int) strikes.stream().filter(s -> s.activeAt(now)).count();
        int total = (int) strikes.stream().filter(s -> !s.reverted()).count();
        int points = strikes.stream().filter(s -> s.activeAt(now)).mapToInt(Strike::weight).sum();
        return new Standing(subject, state, active, total, points,
                state == StandingState.SUSPENDED ? suspendedUntil : null, null);
    }

    /** Newest first, ties broken by id so the order is stable. */
    public static Comparator<EnforcementAction> newestFirst() {
        return Comparator.comparing(EnforcementAction::createdAt).reversed()
                .thenComparing(EnforcementAction::id);
    }

    private StandingState effectAt(EnforcementAction action, Instant now) {
        if (!action.takenEffect()) {
            return StandingState.GOOD;
        }
        EnforcementType type = Objects.requireNonNull(action.type());
        return switch (type) {
            case BAN -> StandingState.BANNED;
            case SUSPEND -> action.inForceAt(now) ? StandingState.SUSPENDED : StandingState.GOOD;
            case RESTRICT -> action.inForceAt(now) ? StandingState.RESTRICTED : StandingState.GOOD;
            case WARN -> action.createdAt().plus(strikeWindow).isAfter(now) ? StandingState.WARNED : StandingState.GOOD;
        };
    }
}
