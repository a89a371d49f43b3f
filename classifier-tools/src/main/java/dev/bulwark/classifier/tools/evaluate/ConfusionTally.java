package dev.bulwark.classifier.tools.evaluate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Confusion counts of every category at every level over one slice of rows; its size never grows with the rows. */
public final class ConfusionTally {

    private final List<String> categories;
    private final Map<Level, Map<String, ConfusionCounts>> counts = new EnumMap<>(Level.class);
    private long rows;

    /** A tally over {@code categories}, in the order they are reported. */
    public ConfusionTally(List<String> categories) {
        this.categories = List.copyOf(categories);
        for (Level level : Level.values()) {
            Map<String, ConfusionCounts> byCategory = new LinkedHashMap<>();
            categories.forEach(c -> byCategory.put(c, new ConfusionCounts()));
            counts.put(level, byCategory);
        }
    }

    /** Counts one row: its labels, and the categories predicted at each level. */
    public void record(Set<String> labels, Map<Level, Set<String>> predicted) {
        rows++;
        for (Level level : Level.values()) {
            Set<String> predictedHere = predicted.getOrDefault(level, Set.of());
            counts.get(level).forEach((category, c) -> c.record(labels.contains(category), predictedHere.contains(category)));
        }
    }

    public long rows() {
        return rows;
    }

    public ConfusionCounts counts(Level level, String category) {
        return counts.get(level).get(category);
    }

    public SliceMetrics metrics(String name) {
        List<LevelMetrics> levels = new ArrayList<>();
        for (Level level : Level.values()) {
            List<CategoryMetrics> metrics = new ArrayList<>();
            ConfusionCounts pooled = new ConfusionCounts();
            for (String category : categories) {
                ConfusionCounts c = counts(level, category);
                metrics.add(CategoryMetrics.of(category, c));
                pooled.add(c);
            }
            levels.add(new LevelMetrics(level, metrics, Averages.of(metrics, pooled)));
        }
        return new SliceMetrics(name, rows, levels);
    }
}
