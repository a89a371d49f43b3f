package dev.bulwark.classifier.tools.bench;

import org.HdrHistogram.Histogram;

/**
 * One measured run: how many texts its workers got through in how long, and the latency of each text.
 *
 * @param workers threads in-process, or calls in flight over gRPC
 * @param cpuNanos CPU time of what did the work (the worker threads in-process, the service's process over
 *     gRPC), or 0 where unknown
 * @param latencies nanoseconds per text, all workers together
 */
public record BenchResult(String name, int workers, long texts, long elapsedNanos, long cpuNanos, Histogram latencies) {

    public double textsPerSecond() {
        return texts * 1e9 / elapsedNanos;
    }

    /**
     * Texts per second of CPU time: on a busy machine, where the work waits for a core, this is still
     * what one core does; {@code null} where CPU time was not measured.
     */
    public Double textsPerCpuSecond() {
        return cpuNanos == 0 ? null : texts * 1e9 / cpuNanos;
    }

    /** This result with the CPU time of what did the work measured from outside, e.g. a service process. */
    public BenchResult withCpuNanos(long nanos) {
        return new BenchResult(name, workers, texts, elapsedNanos, nanos, latencies);
    }

    /** Latency at {@code percentile} (0-100) in microseconds. */
    public double micros(double percentile) {
        return latencies.getValueAtPercentile(percentile) / 1000.0;
    }
}
