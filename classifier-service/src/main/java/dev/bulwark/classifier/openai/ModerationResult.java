package dev.bulwark.classifier.openai;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** One input's moderation result in OpenAI's shape; category keys are category ids. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModerationResult(
        boolean flagged,
        Map<String, Boolean> categories,
        @JsonProperty("category_scores") Map<String, Double> categoryScores,
        @JsonProperty("category_applied_input_types") Map<String, List<String>> categoryAppliedInputTypes) {}
