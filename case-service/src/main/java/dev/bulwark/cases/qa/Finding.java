package dev.bulwark.cases.qa;

import dev.bulwark.cases.decision.Outcome;
import java.util.Objects;

/**
 * What a closing decision found: violating in a category, or not violating. The first decision and
 * the blind QA decision of a sample are compared as findings.
 *
 * @param category the violated category; only a violating finding's category counts
 */
public record Finding(Outcome outcome, String category) {

    /** The label of a finding that breaks no rule, in agreement figures. */
    public static final String NOT_VIOLATING = "NOT_VIOLATING";

    public Finding {
        Objects.requireNonNull(outcome, "outcome");
        if (!outcome.closes()) {
            throw new IllegalArgumentException(outcome + " does not decide a case");
        }
        if (outcome == Outcome.VIOLATING && (category == null || category.isBlank())) {
            throw new IllegalArgumentException("a violating finding names its category");
        }
    }

    public boolean isViolating() {
        return outcome == Outcome.VIOLATING;
    }

    /** What agreement compares: the category when violating, {@value #NOT_VIOLATING} otherwise. */
    public String label() {
        return isViolating() ? category : NOT_VIOLATING;
    }
}
