package dev.bulwark.k8s;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import java.util.Map;

/** Label selector matching as the API server does it (matchLabels and matchExpressions). */
final class Selectors {

    private Selectors() {
    }

    /** Whether a selector selects an object with these labels; a null selector selects nothing. */
    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        return matchesLabels(selector.getMatchLabels(), labels)
                && selector.getMatchExpressions().stream().allMatch(requirement -> matches(requirement, labels));
    }

    /** Whether every pair of {@code required} (a Service's selector, say) is among {@code labels}. */
    static boolean matchesLabels(Map<String, String> required, Map<String, String> labels) {
        return required == null || required.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }

    private static boolean matches(LabelSelectorRequirement requirement, Map<String, String> labels) {
        String value = labels.get(requirement.getKey());
        return switch (requirement.getOperator()) {
            case "In" -> value != null && requirement.getValues().contains(value);
            case "NotIn" -> value == null || !requirement.getValues().contains(value);
            case "Exists" -> value != null;
            case "DoesNotExist" -> value == null;
            default -> throw new AssertionError("unknown selector operator " + requirement.getOperator());
        };
    }
}
