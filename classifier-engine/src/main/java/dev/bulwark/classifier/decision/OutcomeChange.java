package dev.bulwark.classifier.decision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one category's outcome differs between two decisions on the same content: what the policy in
 * force gave and what another policy (a shadowed candidate, a backtested version) gives instead. A
 * category's outcome is the verdict of its reason, ALLOW when it has none.
 */
public record OutcomeChange(String category, Verdict from, Verdict to) {

    /**
     * Every category whose outcome differs, in the order the categories appear in the two decisions.
     * A verdict is the strictest of its reasons, so differing verdicts always show up here.
     */
    public static List<OutcomeChange> between(Decision from, Decision to) {
        Map<String, Verdict> before = outcomes(from);
        Map<String, Verdict> after = outcomes(to);
        Map<String, Boolean> categories = new LinkedHashMap<>();
        before.keySet().forEach(c -> categories.put(c, true));
        after.keySet().forEach(c -> categories.put(c, true));
        List<OutcomeChange> changes = new ArrayList<>();
        for (String category : categories.keySet()) {
            Verdict a = before.getOrDefault(category, Verdict.ALLOW);
            Verdict b = after.getOrDefault(category, Verdict.ALLOW);
            if (a != b) {
                changes.add(new OutcomeChange(category, a, b));
            }
        }
        return changes;
    }

    private static Map<String, Verdict> outcomes(Decision decision) {
        Map<String, Verdict> outcomes = new LinkedHashMap<>();
        decision.reasons().forEach(r -> outcomes.merge(r.category(), r.verdict(), Verdict::stricter));
        return outcomes;
    }
}
