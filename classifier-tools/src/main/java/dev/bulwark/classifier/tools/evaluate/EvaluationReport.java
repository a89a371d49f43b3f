package dev.bulwark.classifier.tools.evaluate;

import java.util.List;

/**
 * What an evaluation found: the figures over all rows and per variant, and what produced them.
 *
 * @param variants one slice per variant; empty when no row names one
 */
public record EvaluationReport(
        String policyVersion, String surface, List<String> modelVersions, SliceMetrics all, List<SliceMetrics> variants) {

    public EvaluationReport {
        modelVersions = List.copyOf(modelVersions);
        variants = List.copyOf(variants);
    }

    public long rows() {
        return all.rows();
    }
}
