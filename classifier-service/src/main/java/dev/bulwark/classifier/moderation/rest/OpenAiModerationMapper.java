package dev.bulwark.classifier.moderation.rest;

import dev.bulwark.classifier.decision.CategoryScore;
import dev.bulwark.classifier.decision.Reason;
import dev.bulwark.classifier.decision.Verdict;
import dev.bulwark.classifier.openai.ModerationResponse;
import dev.bulwark.classifier.openai.ModerationResult;
import dev.bulwark.classifier.scoring.Classification;
import dev.bulwark.policy.Category;
import dev.bulwark.policy.UsagePolicy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Shapes classifications as OpenAI's moderation response, with a key for every category of the policy:
 * a category is {@code true} when its score reached the surface's review threshold, and a result is
 * {@code flagged} when the surface's decision is not ALLOW.
 */
final class OpenAiModerationMapper {

    private static final List<String> TEXT_ONLY = List.of("text");

    private OpenAiModerationMapper() {}

    static ModerationResponse toResponse(UsagePolicy policy, List<Classification> classifications) {
        return new ModerationResponse(
                "modr-" + UUID.randomUUID().toString().replace("-", ""),
                "bulwark-" + policy.version(),
                classifications.stream().map(c -> toResult(policy, c)).toList());
    }

    private static ModerationResult toResult(UsagePolicy policy, Classification c) {
        Set<String> reached = c.decision().reasons().stream().map(Reason::category).collect(Collectors.toSet());
        Map<String, Double> scoreOf = c.scores().stream().collect(Collectors.toMap(CategoryScore::category, CategoryScore::score));
        Map<String, Boolean> categories = new LinkedHashMap<>();
        Map<String, Double> scores = new LinkedHashMap<>();
        Map<String, List<String>> appliedInputTypes = new LinkedHashMap<>();
        for (Category category : policy.categories()) {
            categories.put(category.id(), reached.contains(category.id()));
            scores.put(category.id(), scoreOf.getOrDefault(category.id(), 0.0));
            appliedInputTypes.put(category.id(), TEXT_ONLY);
        }
        return new ModerationResult(c.decision().verdict() != Verdict.ALLOW, categories, scores, appliedInputTypes);
    }
}
