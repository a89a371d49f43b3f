package dev.bulwark.classifier.tools.evaluate;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Macro averages (the unweighted mean over the categories where a figure exists, so a rare
 * category weighs as much as a common one) and the micro figures of the pooled counts.
 *
 * @param categories categories that were labelled or predicted, the ones the macro averages cover
 */
public record Averages(
        int categories,
        Double macroPrecision,
        Double macroRecall,
        Double macroF1,
        Double macroFalsePositiveRate,
        CategoryMetrics micro) {

    public static final String MICRO = "micro";

    public static Averages of(List<CategoryMetrics> metrics, ConfusionCounts pooled) {
        List<CategoryMetrics> observed = metrics.stream().filter(CategoryMetrics::observed).toList();
        return new Averages(observed.size(),
                mean(observed, CategoryMetrics::precision),
                mean(observed, CategoryMetrics::recall),
                mean(observed, CategoryMetrics::f1),
                mean(observed, CategoryMetrics::falsePositiveRate),
                CategoryMetrics.of(MICRO, pooled));
    }

    private static Double mean(List<CategoryMetrics> metrics, Function<CategoryMetrics, Double> figure) {
        List<Double> values = metrics.stream().map(figure).filter(Objects::nonNull).toList();
        return values.isEmpty() ? null : values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }
}
