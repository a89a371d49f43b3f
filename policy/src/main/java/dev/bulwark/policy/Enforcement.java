package dev.bulwark.policy;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Enforcement ladders: the default one and per-category overrides (a one-rung BAN ladder is how a
 * category skips the ladder).
 */
public record Enforcement(int strikeWindowDays, List<LadderStep> defaultLadder, Map<String, List<LadderStep>> ladders) {

    public List<LadderStep> ladderFor(String category) {
        return ladders.getOrDefault(category, defaultLadder);
    }

    /** The rung that applies to a subject with the given number of active strikes (at least 1). */
    public LadderStep stepFor(String category, int activeStrikes) {
        return ladderFor(category).stream()
                .filter(step -> step.strikes() <= activeStrikes)
                .max(Comparator.comparingInt(LadderStep::strikes))
                .orElse(ladderFor(category).get(0));
    }
}
