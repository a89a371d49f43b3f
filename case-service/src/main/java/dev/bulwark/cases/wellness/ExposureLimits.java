package dev.bulwark.cases.wellness;

import java.util.Map;

/**
 * Daily limits on how many cases of a category one reviewer is handed, for categories whose content
 * wears people down (child safety, graphic violence, self-harm). A reviewer at the limit of a category
 * gets other work; the limit resets at midnight UTC. Categories without a limit are never held back.
 */
public record ExposureLimits(Map<String, Integer> perCategory) {

    public ExposureLimits {
        perCategory = Map.copyOf(perCategory);
        perCategory.forEach((category, limit) -> {
            if (limit < 0) {
                throw new IllegalArgumentException("exposure limit of " + category + " is negative");
            }
        });
    }
}
