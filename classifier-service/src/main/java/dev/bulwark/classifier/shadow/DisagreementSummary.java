package dev.bulwark.classifier.shadow;

import java.util.List;

/**
 * How often a candidate decided differently from the policy in force, by category and outcome pair.
 *
 * @param compared decisions the candidate was shadowed on
 * @param disagreed decisions on which at least one category's outcome differed
 */
public record DisagreementSummary(
        String activeVersion, String candidateVersion, long compared, long disagreed, List<Pair> pairs) {

    /** One category and outcome pair, with a few of the latest submissions that showed it. */
    public record Pair(String category, String activeOutcome, String candidateOutcome, long count, List<String> exampleSubmissionIds) {}

    public DisagreementSummary {
        pairs = List.copyOf(pairs);
    }
}
