package dev.bulwark.demo.client;

/**
 * A reviewer's decision: {@code outcome} VIOLATING or NOT_VIOLATING, the violated category, and an
 * action type (WARN, RESTRICT, ...) or null to let the category's ladder choose.
 */
public record DecisionRequest(String outcome, String category, String action, String note) {

    public static DecisionRequest violating(String category, String note) {
        return new DecisionRequest("VIOLATING", category, null, note);
    }

    public static DecisionRequest notViolating(String category, String note) {
        return new DecisionRequest("NOT_VIOLATING", category, null, note);
    }
}
