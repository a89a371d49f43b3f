package dev.bulwark.policy;

import java.util.Map;

/**
 * A product surface and its thresholds. The key {@value #DEFAULT} holds the thresholds of every
 * category that has none of its own.
 */
public record Surface(String id, String description, FailureMode failureMode, Map<String, Threshold> thresholds) {

    public static final String DEFAULT = "default";

    public Threshold thresholdFor(String category) {
        Threshold own = thresholds.get(category);
        return own != null ? own : thresholds.get(DEFAULT);
    }
}
