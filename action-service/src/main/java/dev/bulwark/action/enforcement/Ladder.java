package dev.bulwark.action.enforcement;

import dev.bulwark.action.subject.SubjectKind;
import dev.bulwark.policy.Category;
import dev.bulwark.policy.Enforcement;
import dev.bulwark.policy.EnforcementType;
import dev.bulwark.policy.LadderStep;
import dev.bulwark.policy.OrganizationEnforcement;
import dev.bulwark.policy.Severity;
import dev.bulwark.policy.UsagePolicy;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the sanction for a new strike from the policy's enforcement ladders, and weighs the strike.
 *
 * <p>Rungs count strike points: a strike weighs what the policy gives its category's severity.
 * Organisations climb the policy's organisation ladder when it has one, else the category's.
 *
 * <p>A type chosen by a reviewer overrides the ladder's choice. Its duration and features then come
 * from the subject's ladder's rung of that type, else from the default ladder's rung of that type,
 * else from {@link #DEFAULT_RESTRICT_DURATION} or {@link #DEFAULT_SUSPEND_DURATION} (no features).
 */
public final class Ladder {

    /** How long a reviewer-chosen restriction lasts when no ladder names a duration for one. */
    public static final Duration DEFAULT_RESTRICT_DURATION = Duration.ofDays(1);

    /** How long a reviewer-chosen suspension lasts when no ladder names a duration for one. */
    public static final Duration DEFAULT_SUSPEND_DURATION = Duration.ofDays(7);

    private final UsagePolicy policy;
    private final Enforcement enforcement;

    public Ladder(UsagePolicy policy) {
        this.policy = policy;
        this.enforcement = policy.enforcement();
    }

    /**
     * The sanction for a subject that, counting this strike, has {@code activePoints} active strike points.
     *
     * @param requested a reviewer's choice, or null to follow the ladder
     */
    public Sanction sanctionFor(SubjectKind kind, String category, int activePoints, EnforcementType requested) {
        if (activePoints < 1) {
            throw new IllegalArgumentException("a new strike makes at least one active strike point");
        }
        Optional<OrganizationEnforcement> organizationLadder = kind == SubjectKind.ORGANIZATION
                ? enforcement.organizationRules()
                : Optional.empty();
        if (requested == null) {
            LadderStep step = organizationLadder.map(rules -> rules.stepFor(activePoints))
                    .orElseGet(() -> enforcement.stepFor(category, activePoints));
            return new Sanction(step.action(), step.duration(), step.features());
        }
        List<LadderStep> ladder = organizationLadder.map(OrganizationEnforcement::ladder)
                .orElseGet(() -> enforcement.ladderFor(category));
        return rungOfType(ladder, requested)
                .or(() -> rungOfType(enforcement.defaultLadder(), requested))
                .filter(step -> step.duration() != null || !Sanction.isTimed(requested))
                .map(step -> new Sanction(requested, step.duration(), step.features()))
                .orElseGet(() -> new Sanction(requested, defaultDuration(requested), null));
    }

    /** Points one strike in this category adds; a category the policy does not know weighs as MEDIUM. */
    public int strikeWeight(String category) {
        Severity severity = policy.categories().stream()
                .filter(known -> known.id().equals(category))
                .map(Category::severity)
                .findFirst()
                .orElse(Severity.MEDIUM);
        return enforcement.strikeWeight(severity);
    }

    /** How long a strike counts toward the ladder. */
    public Duration strikeWindow() {
        return Duration.ofDays(enforcement.strikeWindowDays());
    }

    /** When organisations answer for their accounts; empty when the policy never actions them for it. */
    public Optional<OrganizationEnforcement> organizationRules() {
        return enforcement.organizationRules();
    }

    private static Optional<LadderStep> rungOfType(List<LadderStep> ladder, EnforcementType type) {
        return ladder.stream().filter(s -> s.action() == type).findFirst();
    }

    private static Duration defaultDuration(EnforcementType type) {
        return switch (type) {
            case RESTRICT -> DEFAULT_RESTRICT_DURATION;
            case SUSPEND -> DEFAULT_SUSPEND_DURATION;
            case WARN, BAN -> null;
        };
    }
}
