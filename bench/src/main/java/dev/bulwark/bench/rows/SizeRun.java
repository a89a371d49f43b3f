package dev.bulwark.bench.rows;

import dev.bulwark.bench.load.RunResult;
import java.time.Duration;

/**
 * One step of the benchmark: the table grown to {@code rows}, how long the bulk inserts took, the table's
 * size with its indexes afterwards, and the open-model run against it.
 *
 * @param loadAverage the machine's one-minute load average when the run started: the machine is shared, and
 *     a busy one shows in the latencies
 */
public record SizeRun(long rows, Duration growth, long tableAndIndexBytes, double loadAverage, RunResult run) {}
