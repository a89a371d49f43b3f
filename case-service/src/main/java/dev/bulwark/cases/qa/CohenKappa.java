package dev.bulwark.cases.qa;

import java.util.HashMap;
import java.util.Map;

/**
 * Cohen's kappa: how far two raters (here the first decision and QA's) agree beyond what their label
 * frequencies alone would give by chance. {@code kappa = (po - pe) / (1 - pe)}, where po is the share
 * of items labelled alike and pe the chance agreement, the sum over labels of the product of both
 * raters' shares of that label. 1 is perfect agreement, 0 chance level, below 0 worse than chance.
 */
public final class CohenKappa {

    private final Map<String, Long> first = new HashMap<>();
    private final Map<String, Long> second = new HashMap<>();
    private long agreed;
    private long total;

    /** Adds {@code count} items the first rater labelled {@code firstLabel} and the second {@code secondLabel}. */
    public CohenKappa add(String firstLabel, String secondLabel, long count) {
        if (count < 0) {
            throw new IllegalArgumentException("a count is not negative");
        }
        first.merge(firstLabel, count, Long::sum);
        second.merge(secondLabel, count, Long::sum);
        if (firstLabel.equals(secondLabel)) {
            agreed += count;
        }
        total += count;
        return this;
    }

    public long total() {
        return total;
    }

    /**
     * Kappa; null without items, and when both raters gave every item one and the same label (chance
     * agreement is then certain and kappa is 0/0).
     */
    public Double value() {
        if (total == 0) {
            return null;
        }
        double n = total;
        double observed = agreed / n;
        double chance = 0;
        for (Map.Entry<String, Long> label : first.entrySet()) {
            chance += (label.getValue() / n) * (second.getOrDefault(label.getKey(), 0L) / n);
        }
        if (chance >= 1.0) {
            return null;
        }
        return (observed - chance) / (1 - chance);
    }
}
