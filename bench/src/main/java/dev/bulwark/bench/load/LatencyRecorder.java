package dev.bulwark.bench.load;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Latencies in nanoseconds, one histogram per outcome, recorded from any thread. */
public final class LatencyRecorder {

    /** Up to a minute, three significant digits: calls have deadlines well below that. */
    static final long HIGHEST_TRACKABLE_NANOS = Duration.ofMinutes(1).toNanos();

    private final Map<Outcome, ConcurrentHistogram> byOutcome = new ConcurrentHashMap<>();

    public void record(Outcome outcome, long nanos) {
        byOutcome.computeIfAbsent(outcome, any -> new ConcurrentHistogram(HIGHEST_TRACKABLE_NANOS, 3))
                .recordValue(Math.min(Math.max(nanos, 0), HIGHEST_TRACKABLE_NANOS));
    }

    /** A copy of what was recorded so far, by outcome, in label order. */
    public Map<Outcome, Histogram> snapshot() {
        Map<Outcome, Histogram> copy = new TreeMap<>();
        byOutcome.forEach((outcome, histogram) -> copy.put(outcome, histogram.copy()));
        return copy;
    }

    /** An empty histogram of the same range, to merge others into. */
    static Histogram emptyHistogram() {
        return new Histogram(HIGHEST_TRACKABLE_NANOS, 3);
    }
}
