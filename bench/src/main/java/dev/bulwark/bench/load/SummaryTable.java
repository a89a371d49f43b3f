package dev.bulwark.bench.load;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;

/**
 * Runs as a Markdown table (so BENCHMARKS.md can quote the output as it is): one row per run with every
 * successful call, then a row per outcome; throughput, latency percentiles in milliseconds, errors by status
 * code, and what the open model dropped or sent late.
 */
public final class SummaryTable {

    static final String HEADER = "| run | load | outcome | calls | calls/s | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms"
            + " | errors | dropped | late |";

    public void print(List<RunResult> results, PrintStream out) {
        rows(results).forEach(out::println);
    }

    List<String> rows(List<RunResult> results) {
        List<String> rows = new ArrayList<>();
        rows.add(HEADER);
        rows.add("|---|---|---|--:|--:|--:|--:|--:|--:|--:|---|--:|--:|");
        for (RunResult r : results) {
            rows.add(row(r.name(), r.model(), "all OK", r.ok(), r.measuredNanos(), errors(r.errors()),
                    Long.toString(r.dropped()), Long.toString(r.late())));
            r.byOutcome().forEach((outcome, histogram) -> {
                if (!outcome.error()) {
                    rows.add(row("", "", outcome.label(), histogram, r.measuredNanos(), "", "", ""));
                }
            });
        }
        return rows;
    }

    private static String row(String run, String load, String outcome, Histogram latencies, long measuredNanos,
            String errors, String dropped, String late) {
        LatencyStats s = LatencyStats.of(latencies);
        return String.format(Locale.ROOT, "| %s | %s | %s | %,d | %,.0f | %.2f | %.2f | %.2f | %.2f | %.2f | %s | %s | %s |",
                run, load, outcome, s.count(), s.count() * 1e9 / measuredNanos, s.p50(), s.p90(), s.p99(), s.p999(),
                s.max(), errors, dropped, late);
    }

    /** Failed calls by status code, e.g. {@code DEADLINE_EXCEEDED 3, UNAVAILABLE 1}, or {@code 0}. */
    public static String errors(Map<String, Long> byCode) {
        return byCode.isEmpty() ? "0" : byCode.entrySet().stream()
                .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%,d", e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
