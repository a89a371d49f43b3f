package dev.bulwark.classifier.tools.evaluate;

/**
 * Precision, recall, F1 and false-positive rate of one category (or of pooled counts), with 95 %
 * Wilson intervals for precision and recall. A figure whose denominator is zero is {@code null}
 * (printed n/a): a category nobody labelled and nothing predicted has no precision of 0, it has none.
 *
 * @param support rows labelled with the category
 * @param predicted rows the classifier assigned it
 * @param negatives rows not labelled with it
 */
public record CategoryMetrics(
        String category,
        long support,
        long predicted,
        long negatives,
        long truePositives,
        long falsePositives,
        long falseNegatives,
        Double precision,
        WilsonInterval precisionInterval,
        Double recall,
        WilsonInterval recallInterval,
        Double f1,
        Double falsePositiveRate) {

    public static CategoryMetrics of(String category, ConfusionCounts counts) {
        long tp = counts.truePositives();
        long fp = counts.falsePositives();
        long fn = counts.falseNegatives();
        return new CategoryMetrics(category, counts.support(), counts.predicted(), counts.negatives(), tp, fp, fn,
                ratio(tp, counts.predicted()), WilsonInterval.of(tp, counts.predicted()),
                ratio(tp, counts.support()), WilsonInterval.of(tp, counts.support()),
                // 2TP / (2TP + FP + FN) equals the harmonic mean where both exist, and is 0 (not undefined)
                // when only one of precision and recall exists: a category labelled but never found has F1 0.
                ratio(2 * tp, 2 * tp + fp + fn),
                ratio(fp, counts.negatives()));
    }

    /** Whether the category was labelled or predicted at all; if not, every figure is n/a. */
    public boolean observed() {
        return support > 0 || predicted > 0;
    }

    private static Double ratio(long numerator, long denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }
}
