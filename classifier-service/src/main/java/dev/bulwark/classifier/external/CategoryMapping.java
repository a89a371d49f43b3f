package dev.bulwark.classifier.external;

import dev.bulwark.classifier.signal.Signal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns an external provider's category scores into Bulwark signals. A provider category counts
 * towards the Bulwark category the mapping names, or towards the category of the same name when the
 * mapping has no entry (OpenAI's names are Bulwark's); scores below {@code minScore} are noise and
 * dropped. Categories the policy does not know are left to the scorer, which ignores them.
 */
public final class CategoryMapping {

    private final Map<String, String> toBulwark;
    private final double minScore;

    public CategoryMapping(Map<String, String> toBulwark, double minScore) {
        this.toBulwark = Map.copyOf(toBulwark);
        this.minScore = minScore;
    }

    /** One signal {@code external:<provider>:<provider category>} per score worth counting. */
    public List<Signal> signals(String provider, Map<String, Double> scores) {
        List<Signal> signals = new ArrayList<>();
        scores.forEach((category, score) -> {
            double weight = Math.min(1, Math.max(0, score));
            if (weight >= minScore && weight > 0) {
                String bulwarkCategory = toBulwark.getOrDefault(category, category);
                signals.add(new Signal("external:" + provider + ":" + category, bulwarkCategory, weight, List.of()));
            }
        });
        signals.sort((a, b) -> a.id().compareTo(b.id()));
        return signals;
    }
}
