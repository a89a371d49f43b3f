package dev.bulwark.bench.load;

import dev.bulwark.proto.intake.v1.SubmitRequest;
import io.grpc.Status;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Open model: calls are due at a constant rate whatever the target does, and each call's latency is
 * measured from when it was due, not from when it left. A target that stalls the sender (or answers
 * slowly enough that calls queue) therefore shows the waiting in its latencies instead of hiding it
 * (coordinated omission). At most {@code maxInFlight} calls are out at once; a call due while that many
 * are out is dropped and counted, and one that leaves more than a millisecond after its time is counted
 * as late.
 */
public final class OpenModel {

    private static final long LATE_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final double callsPerSecond;
    private final int maxInFlight;

    public OpenModel(double callsPerSecond, int maxInFlight) {
        if (!(callsPerSecond > 0) || maxInFlight < 1) {
            throw new IllegalArgumentException("an open model needs a positive rate and room for at least one call in flight");
        }
        this.callsPerSecond = callsPerSecond;
        this.maxInFlight = maxInFlight;
    }

    /**
     * Sends calls at the rate through the warm-up and the measured phase on the calling thread, then waits
     * up to {@code drain} for the last answers.
     */
    public RunResult run(String name, SubmitTarget target, Supplier<SubmitRequest> requests, Phases phases,
            Duration drain, Progress progress) {
        long start = System.nanoTime();
        MeasuredRun run = new MeasuredRun(name, String.format(Locale.ROOT, "open %.0f/s", callsPerSecond), phases, start);
        double interval = 1e9 / callsPerSecond;
        try (Progress.Ticker ticker = progress.start(run)) {
            for (long n = 0; ; n++) {
                long due = start + Math.round(n * interval);
                if (due >= run.measureEnd()) {
                    break;
                }
                long now = waitUntil(due);
                if (run.inFlight().current() >= maxInFlight) {
                    run.dropped(due);
                    continue;
                }
                if (now - due > LATE_NANOS) {
                    run.late(due);
                }
                SubmitRequest request = requests.get();
                run.inFlight().sent();
                try {
                    target.submit(request, outcome -> run.answered(due, outcome));
                } catch (RuntimeException e) {
                    // A call that could not even leave counts as failed.
                    run.answered(due, Outcome.error(Status.fromThrowable(e).getCode()));
                }
            }
        }
        return run.finish(drain);
    }

    /** Parks until {@code due}; returns the time it woke (later than due when the sender fell behind). */
    private static long waitUntil(long due) {
        long now = System.nanoTime();
        while (now < due) {
            LockSupport.parkNanos(due - now);
            now = System.nanoTime();
        }
        return now;
    }
}
