package dev.bulwark.bench.load;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bookkeeping both load models share: when the measured phase begins and ends, calls in flight,
 * and the latency of each call whose (intended) start falls in the measured phase. A call that
 * started in the warm-up is answered and not recorded, so the warm-up's slow first calls do not count.
 */
final class MeasuredRun {

    private final String name;
    private final String model;
    private final long measureStart;
    private final long measureEnd;
    private final InFlight inFlight = new InFlight();
    private final LatencyRecorder recorder = new LatencyRecorder();
    private final AtomicLong answered = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong late = new AtomicLong();

    MeasuredRun(String name, String model, Phases phases, long startNanos) {
        this.name = name;
        this.model = model;
        this.measureStart = startNanos + phases.warmUp().toNanos();
        this.measureEnd = measureStart + phases.measured().toNanos();
    }

    long measureStart() {
        return measureStart;
    }

    long measureEnd() {
        return measureEnd;
    }

    boolean measured(long startNanos) {
        return startNanos >= measureStart && startNanos < measureEnd;
    }

    InFlight inFlight() {
        return inFlight;
    }

    /** A call that started at {@code startNanos} (intended or actual) was answered now. */
    void answered(long startNanos, Outcome outcome) {
        long now = System.nanoTime();
        answered.incrementAndGet();
        if (outcome.error()) {
            failed.incrementAndGet();
        }
        if (measured(startNanos)) {
            recorder.record(outcome, now - startNanos);
        }
        // Last: once nothing is in flight, finish() takes its snapshot, which must hold this answer.
        inFlight.answered();
    }

    /** A call due at {@code intendedNanos} was not sent because too many were in flight. */
    void dropped(long intendedNanos) {
        if (measured(intendedNanos)) {
            dropped.incrementAndGet();
        }
    }

    /** A call due at {@code intendedNanos} left noticeably after its time. */
    void late(long intendedNanos) {
        if (measured(intendedNanos)) {
            late.incrementAndGet();
        }
    }

    /** Calls answered so far in either phase, for progress. */
    long answeredSoFar() {
        return answered.get();
    }

    long failedSoFar() {
        return failed.get();
    }

    String name() {
        return name;
    }

    LatencyRecorder recorder() {
        return recorder;
    }

    /** Waits for the calls still out (at most {@code timeout}) and sums the measured phase up. */
    RunResult finish(Duration timeout) {
        int unanswered = inFlight.awaitNone(timeout);
        return new RunResult(name, model, measureEnd - measureStart, recorder.snapshot(), dropped.get(), late.get(),
                inFlight.max(), unanswered);
    }
}
