package dev.bulwark.classifier.tools.evaluate;

import java.util.List;

/** Every category's metrics at one level, in policy order, and their averages. */
public record LevelMetrics(Level level, List<CategoryMetrics> categories, Averages averages) {

    public LevelMetrics {
        categories = List.copyOf(categories);
    }
}
