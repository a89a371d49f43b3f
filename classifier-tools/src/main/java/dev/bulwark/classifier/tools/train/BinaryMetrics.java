package dev.bulwark.classifier.tools.train;

import java.util.Locale;

/** Counts of a yes/no decision against gold labels, with precision, recall and F1 of the "yes" class. */
public record BinaryMetrics(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {

    /** Decides "yes" where {@code scores[i] >= threshold}. */
    public static BinaryMetrics at(double threshold, double[] scores, boolean[] gold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (int i = 0; i < scores.length; i++) {
            boolean flagged = scores[i] >= threshold;
            if (flagged && gold[i]) {
                tp++;
            } else if (flagged) {
                fp++;
            } else if (gold[i]) {
                fn++;
            } else {
                tn++;
            }
        }
        return new BinaryMetrics(tp, fp, fn, tn);
    }

    public double precision() {
        return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
    }

    public double recall() {
        return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "precision %.4f  recall %.4f  F1 %.4f  (TP %d, FP %d, FN %d, TN %d)",
                precision(), recall(), f1(), truePositives, falsePositives, falseNegatives, trueNegatives);
    }
}
