package dev.bulwark.cases.queue;

import java.util.Set;

/**
 * What the next claim of one reviewer must pass over: escalated cases unless they are senior, and
 * the categories they have reached today's exposure limit of.
 */
public record ClaimFilter(String reviewer, boolean senior, Set<String> heldBackCategories) {

    public ClaimFilter {
        heldBackCategories = Set.copyOf(heldBackCategories);
    }
}
