package dev.bulwark.policy;

import java.time.Duration;
import java.util.List;

/**
 * One rung: from {@code strikes} active strikes on, this action applies.
 *
 * @param duration how long a restriction or suspension lasts; null for warnings and bans
 * @param features features a restriction limits
 */
public record LadderStep(int strikes, EnforcementType action, Duration duration, List<String> features) {

    public LadderStep {
        features = features == null ? List.of() : List.copyOf(features);
    }
}
