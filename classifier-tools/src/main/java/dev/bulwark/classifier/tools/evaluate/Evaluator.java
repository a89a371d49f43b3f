package dev.bulwark.classifier.tools.evaluate;

import dev.bulwark.classifier.decision.CategoryScore;
import dev.bulwark.policy.Category;
import dev.bulwark.policy.Surface;
import dev.bulwark.policy.UsagePolicy;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores rows one at a time and counts, per category and level, what the surface's thresholds make
 * of the scores: over all rows, and per variant once any row names one.
 */
public final class Evaluator {

    /** The slice of rows that name no variant, in a file where others do. */
    public static final String NO_VARIANT = "(none)";

    private final Function<String, List<CategoryScore>> scorer;
    private final UsagePolicy policy;
    private final Surface surface;
    private final List<String> categories;
    private final ConfusionTally all;
    private final Map<String, ConfusionTally> byVariant = new LinkedHashMap<>();
    private boolean anyVariant;

    /** {@code scorer} gives a text's category scores, e.g. the classifier under {@code policy} on {@code surface}. */
    public Evaluator(Function<String, List<CategoryScore>> scorer, UsagePolicy policy, Surface surface) {
        this.scorer = scorer;
        this.policy = policy;
        this.surface = surface;
        this.categories = policy.categories().stream().map(Category::id).toList();
        this.all = new ConfusionTally(categories);
    }

    public void accept(LabelledText row) {
        Map<Level, Set<String>> predicted = predictions(scorer.apply(row.text()));
        all.record(row.labels(), predicted);
        anyVariant |= row.variant() != null;
        String variant = row.variant() != null ? row.variant() : NO_VARIANT;
        byVariant.computeIfAbsent(variant, v -> new ConfusionTally(categories)).record(row.labels(), predicted);
    }

    private Map<Level, Set<String>> predictions(List<CategoryScore> scores) {
        Map<Level, Set<String>> predicted = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            Set<String> reached = new HashSet<>();
            for (CategoryScore score : scores) {
                if (level.reached(score.score(), surface.thresholdFor(score.category()))) {
                    reached.add(score.category());
                }
            }
            predicted.put(level, reached);
        }
        return predicted;
    }

    /** The figures so far; variant slices in the order their variants first appeared. */
    public EvaluationReport report(List<String> modelVersions) {
        List<SliceMetrics> variants = new ArrayList<>();
        if (anyVariant) {
            byVariant.forEach((variant, tally) -> variants.add(tally.metrics(variant)));
        }
        return new EvaluationReport(policy.version(), surface.id(), modelVersions, all.metrics(SliceMetrics.ALL), variants);
    }
}
