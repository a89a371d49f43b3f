package dev.bulwark.classifier.tools.evaluate;

import java.util.List;

/**
 * The metrics of a set of rows: all of them, or those of one variant.
 *
 * @param name {@value #ALL} or the variant
 */
public record SliceMetrics(String name, long rows, List<LevelMetrics> levels) {

    public static final String ALL = "all";

    public SliceMetrics {
        levels = List.copyOf(levels);
    }

    public LevelMetrics at(Level level) {
        return levels.stream().filter(l -> l.level() == level).findFirst().orElseThrow();
    }
}
