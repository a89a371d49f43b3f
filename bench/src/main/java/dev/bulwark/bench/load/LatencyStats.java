package dev.bulwark.bench.load;

import org.HdrHistogram.Histogram;

/** The percentiles a summary shows, in milliseconds, of a histogram of nanoseconds. */
public record LatencyStats(long count, double p50, double p90, double p99, double p999, double max) {

    private static final double NANOS_PER_MILLI = 1e6;

    public static LatencyStats of(Histogram nanos) {
        if (nanos.getTotalCount() == 0) {
            return new LatencyStats(0, 0, 0, 0, 0, 0);
        }
        return new LatencyStats(nanos.getTotalCount(), millis(nanos, 50), millis(nanos, 90), millis(nanos, 99),
                millis(nanos, 99.9), nanos.getMaxValue() / NANOS_PER_MILLI);
    }

    private static double millis(Histogram nanos, double percentile) {
        return nanos.getValueAtPercentile(percentile) / NANOS_PER_MILLI;
    }
}
