package dev.bulwark.bench.rows;

import dev.bulwark.bench.load.LatencyStats;
import dev.bulwark.bench.load.SummaryTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The stored-rows summary as Markdown that BENCHMARKS.md can quote as printed: a row per size, then the
 * target line comparing the p99 at the largest size with the p99 at the smallest.
 */
final class RowsReport {

    /** How much the p99 may grow from the smallest table to the largest. */
    static final double MAX_P99_GROWTH = 1.5;
    private static final double BYTES_PER_MB = 1e6;

    List<String> lines(List<SizeRun> steps) {
        List<String> lines = new ArrayList<>();
        lines.add("| rows | growth s | table + indexes MB | load | calls | errors | p50 ms | p90 ms | p99 ms | max ms | p99 / p99 at smallest |");
        lines.add("|--:|--:|--:|--:|--:|---|--:|--:|--:|--:|--:|");
        double smallestP99 = steps.isEmpty() ? 0 : p99(steps.get(0));
        for (SizeRun step : steps) {
            LatencyStats s = LatencyStats.of(step.run().ok());
            lines.add(format("| %,d | %.1f | %,.0f | %.1f | %,d | %s | %.2f | %.2f | %.2f | %.2f | %s |", step.rows(),
                    step.growth().toMillis() / 1000.0, step.tableAndIndexBytes() / BYTES_PER_MB, step.loadAverage(), s.count(), SummaryTable.errors(step.run().errors()),
                    s.p50(), s.p90(), s.p99(), s.max(), ratio(s, smallestP99)));
        }
        lines.add("");
        lines.add(target(steps));
        return lines;
    }

    /** Met when the largest table's p99 is at most 1.5 times the smallest's; needs two sizes with answers. */
    static String target(List<SizeRun> steps) {
        if (steps.size() < 2) {
            return "p99 growth target: needs at least two sizes";
        }
        SizeRun smallest = steps.get(0);
        SizeRun largest = steps.get(steps.size() - 1);
        String target = format("p99 at %,d rows <= %.1f x p99 at %,d rows", largest.rows(), MAX_P99_GROWTH, smallest.rows());
        if (p99(smallest) == 0 || p99(largest) == 0) {
            return target + ": not met (no answers to compare)";
        }
        double ratio = p99(largest) / p99(smallest);
        return format("%s: %s (%.2f ms / %.2f ms = %.2f x)", target, ratio <= MAX_P99_GROWTH ? "met" : "not met", p99(largest),
                p99(smallest), ratio);
    }

    /** The p99 as a multiple of the smallest size's, or "-" when either run had no answers. */
    private static String ratio(LatencyStats stats, double smallestP99) {
        return stats.count() == 0 || smallestP99 == 0 ? "-" : format("%.2f", stats.p99() / smallestP99);
    }

    private static double p99(SizeRun step) {
        return LatencyStats.of(step.run().ok()).p99();
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
