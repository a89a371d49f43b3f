package dev.bulwark.classifier.tools.evaluate;

/** True and false positives and negatives of one category, counted row by row. */
public final class ConfusionCounts {

    private long truePositives;
    private long falsePositives;
    private long falseNegatives;
    private long trueNegatives;

    /** Counts one row: whether it carries the label, and whether the classifier predicted it. */
    public void record(boolean labelled, boolean predicted) {
        if (labelled && predicted) {
            truePositives++;
        } else if (predicted) {
            falsePositives++;
        } else if (labelled) {
            falseNegatives++;
        } else {
            trueNegatives++;
        }
    }

    /** Adds another category's counts to these (pooled, for micro averages). */
    public void add(ConfusionCounts other) {
        truePositives += other.truePositives;
        falsePositives += other.falsePositives;
        falseNegatives += other.falseNegatives;
        trueNegatives += other.trueNegatives;
    }

    public long truePositives() {
        return truePositives;
    }

    public long falsePositives() {
        return falsePositives;
    }

    public long falseNegatives() {
        return falseNegatives;
    }

    public long trueNegatives() {
        return trueNegatives;
    }

    /** Rows labelled with the category. */
    public long support() {
        return truePositives + falseNegatives;
    }

    /** Rows the classifier assigned the category. */
    public long predicted() {
        return truePositives + falsePositives;
    }

    /** Rows not labelled with the category. */
    public long negatives() {
        return falsePositives + trueNegatives;
    }
}
