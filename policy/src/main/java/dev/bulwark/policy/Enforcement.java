package dev.bulwark.policy;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Enforcement ladders: the default one and per-category overrides (a one-rung BAN ladder is how a
 * category skips the ladder). Ladder rungs count strike points: each strike weighs what its
 * category's severity weighs ({@code strike-weights}; 1 each when the policy names none).
 *
 * @param strikeWeights points of one strike by category severity; null when every strike weighs 1
 * @param organization when and how an organisation is actioned for its accounts; null when never
 */
public record Enforcement(int strikeWindowDays, List<LadderStep> defaultLadder, Map<String, List<LadderStep>> ladders,
        Map<Severity, Integer> strikeWeights, OrganizationEnforcement organization) {

    public List<LadderStep> ladderFor(String category) {
        return ladders.getOrDefault(category, defaultLadder);
    }

    /** The rung that applies to a subject with the given active strike points (at least 1). */
    public LadderStep stepFor(String category, int activePoints) {
        return stepOf(ladderFor(category), activePoints);
    }

    /** Points one strike of a category of this severity adds. */
    public int strikeWeight(Severity severity) {
        return strikeWeights == null ? 1 : strikeWeights.getOrDefault(severity, 1);
    }

    public Optional<OrganizationEnforcement> organizationRules() {
        return Optional.ofNullable(organization);
    }

    static LadderStep stepOf(List<LadderStep> ladder, int activePoints) {
        return ladder.stream()
                .filter(step -> step.strikes() <= activePoints)
                .max(Comparator.comparingInt(LadderStep::strikes))
                .orElse(ladder.get(0));
    }
}
