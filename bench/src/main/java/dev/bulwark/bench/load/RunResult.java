package dev.bulwark.bench.load;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * The measured phase of one run: latencies by outcome (from the intended start in the open model, from
 * sending in the closed loop), calls the open model dropped or sent late, the most calls in flight at once,
 * and calls still unanswered when the run gave up waiting.
 *
 * @param model how the load was made, e.g. {@code closed 32} or {@code open 1500/s}
 */
public record RunResult(String name, String model, long measuredNanos, Map<Outcome, Histogram> byOutcome, long dropped,
        long late, int maxInFlight, int unanswered) {

    public RunResult {
        byOutcome = Collections.unmodifiableSortedMap(new TreeMap<>(byOutcome));
    }

    /** All answered calls' latencies, successful or not. */
    public Histogram all() {
        return merged(false);
    }

    /** The successful calls' latencies, every verdict together. */
    public Histogram ok() {
        return merged(true);
    }

    /** Successful calls per second of the measured phase. */
    public double okPerSecond() {
        return ok().getTotalCount() * 1e9 / measuredNanos;
    }

    /** Failed calls by status code, in label order. */
    public Map<String, Long> errors() {
        Map<String, Long> errors = new LinkedHashMap<>();
        byOutcome.entrySet().stream()
                .filter(e -> e.getKey().error())
                .forEach(e -> errors.put(e.getKey().label(), e.getValue().getTotalCount()));
        return errors;
    }

    public long errorCount() {
        return errors().values().stream().mapToLong(Long::longValue).sum();
    }

    /** Latencies of the successful calls whose label starts with {@code prefix} (e.g. {@code REVIEW +case}). */
    public Histogram okWithLabel(String prefix) {
        Histogram merged = LatencyRecorder.emptyHistogram();
        byOutcome.forEach((outcome, histogram) -> {
            if (!outcome.error() && outcome.label().startsWith(prefix)) {
                merged.add(histogram);
            }
        });
        return merged;
    }

    private Histogram merged(boolean okOnly) {
        Histogram merged = LatencyRecorder.emptyHistogram();
        byOutcome.forEach((outcome, histogram) -> {
            if (!okOnly || !outcome.error()) {
                merged.add(histogram);
            }
        });
        return merged;
    }
}
