package dev.bulwark.classifier.tools.bench;

import org.HdrHistogram.Histogram;

/**
 * One measured run: how many texts its workers got through in how long, and the latency of each text.
 *
 * @param workers threads in-process, or calls in flight over gRPC
 * @param cpuNanos CPU time the workers' threads used, where it measures the work (in-process), else 0
 * @param latencies nanoseconds per text, all workers together
 */
public record BenchResult(String name, int workers, long texts, long elapsedNanos, long cpuNanos, Histogram latencies) {

    public double textsPerSecond() {
        return texts * 1e9 / elapsedNanos;
    }

    /**
     * Texts per second of CPU time the workers got: on a busy machine, where the workers wait for a core,
     * this is still what one core does; {@code null} where CPU time was not measured.
     */
    public Double textsPerCpuSecond() {
        return cpuNanos == 0 ? null : texts * 1e9 / cpuNanos;
    }

    /** Latency at {@code percentile} (0-100) in microseconds. */
    public double micros(double percentile) {
        return latencies.getValueAtPercentile(percentile) / 1000.0;
    }
}
