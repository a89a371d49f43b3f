package dev.bulwark.action.enforcement;

import dev.bulwark.policy.Enforcement;
import dev.bulwark.policy.EnforcementType;
import dev.bulwark.policy.LadderStep;
import java.time.Duration;
import java.util.Optional;

/**
 * Chooses the sanction for a new strike from the policy's enforcement ladders.
 *
 * <p>A type chosen by a reviewer overrides the ladder's choice. Its duration and features then come
 * from the category's rung of that type, else from the default ladder's rung of that type, else
 * from {@link #DEFAULT_RESTRICT_DURATION} or {@link #DEFAULT_SUSPEND_DURATION} (no features).
 */
public final class Ladder {

    /** How long a reviewer-chosen restriction lasts when no ladder names a duration for one. */
    public static final Duration DEFAULT_RESTRICT_DURATION = Duration.ofDays(1);

    /** How long a reviewer-chosen suspension lasts when no ladder names a duration for one. */
    public static final Duration DEFAULT_SUSPEND_DURATION = Duration.ofDays(7);

    private final Enforcement enforcement;

    public Ladder(Enforcement enforcement) {
        this.enforcement = enforcement;
    }

    /**
     * The sanction for a subject that, counting this one, has {@code activeStrikes} active strikes.
     *
     * @param requested a reviewer's choice, or null to follow the ladder
     */
    public Sanction sanctionFor(String category, int activeStrikes, EnforcementType requested) {
        if (activeStrikes < 1) {
            throw new IllegalArgumentException("a new strike makes at least one active strike");
        }
        if (requested == null) {
            LadderStep step = enforcement.stepFor(category, activeStrikes);
            return new Sanction(step.action(), step.duration(), step.features());
        }
        return rungOfType(category, requested)
                .or(() -> enforcement.defaultLadder().stream().filter(s -> s.action() == requested).findFirst())
                .filter(step -> step.duration() != null || !Sanction.isTimed(requested))
                .map(step -> new Sanction(requested, step.duration(), step.features()))
                .orElseGet(() -> new Sanction(requested, defaultDuration(requested), null));
    }

    /** How long a strike counts toward the ladder. */
    public Duration strikeWindow() {
        return Duration.ofDays(enforcement.strikeWindowDays());
    }

    private Optional<LadderStep> rungOfType(String category, EnforcementType type) {
        return enforcement.ladderFor(category).stream().filter(s -> s.action() == type).findFirst();
    }

    private static Duration defaultDuration(EnforcementType type) {
        return switch (type) {
            case RESTRICT -> DEFAULT_RESTRICT_DURATION;
            case SUSPEND -> DEFAULT_SUSPEND_DURATION;
            case WARN, BAN -> null;
        };
    }
}
