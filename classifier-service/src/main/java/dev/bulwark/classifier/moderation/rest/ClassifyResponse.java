package dev.bulwark.classifier.moderation.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The body of {@code POST /v1/classify}: for each input, the decision on the surface with its reasons,
 * every category's score and the threshold it reached, the signals with evidence, and the versions of
 * the policy and detectors that produced it.
 */
public record ClassifyResponse(
        String id,
        String surface,
        @JsonProperty("policy_version") String policyVersion,
        List<Result> results) {

    /** One input's classification; {@code verdict} is allow, review or block. */
    public record Result(
            String verdict,
            List<CategoryResult> categories,
            List<ReasonResult> reasons,
            List<SignalResult> signals,
            @JsonProperty("model_versions") List<String> modelVersions) {}

    /** A category's score, severity, and the threshold it reached: none, review or block. */
    public record CategoryResult(
            String category,
            double score,
            String severity,
            @JsonProperty("threshold_reached") String thresholdReached) {}

    /** Why a category counted: its own verdict, its score and the threshold that score reached. */
    public record ReasonResult(
            String category,
            String verdict,
            double score,
            double threshold,
            @JsonProperty("auto_enforce") boolean autoEnforce) {}

    /** One detector finding with the spans of the input that matched. */
    public record SignalResult(String id, String category, double weight, List<Evidence> evidence) {}

    /** A span of the input in UTF-16 code units, {@code end} exclusive. */
    public record Evidence(int start, int end) {}
}
