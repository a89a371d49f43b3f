package dev.bulwark.bench.load;

import dev.bulwark.proto.intake.v1.SubmitRequest;
import io.grpc.Status;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Closed loop for maximum throughput: N workers, each sending its next call as soon as the previous one
 * is answered, so exactly N calls are in flight until the run ends. Latency is measured from sending.
 */
public final class ClosedLoop {

    private final int workers;

    public ClosedLoop(int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("a closed loop needs at least one worker");
        }
        this.workers = workers;
    }

    /**
     * Runs the warm-up and the measured phase against {@code target}, then waits up to {@code drain} for the
     * last calls; {@code progress} is told about the run every second.
     */
    public RunResult run(String name, SubmitTarget target, Supplier<SubmitRequest> requests, Phases phases,
            Duration drain, Progress progress) {
        MeasuredRun run = new MeasuredRun(name, "closed " + workers, phases, System.nanoTime());
        CountDownLatch stopped = new CountDownLatch(workers);
        try (Progress.Ticker ticker = progress.start(run)) {
            for (int w = 0; w < workers; w++) {
                // Each worker's first call leaves from a thread of its own: with a target that answers on the
                // sending thread, a worker keeps that thread for the whole run and would hold up the others.
                Worker worker = new Worker(run, target, requests, stopped);
                new Thread(worker::next, "bench-worker-" + w).start();
            }
            await(stopped);
        }
        return run.finish(drain);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the load ran", e);
        }
    }

    /**
     * One worker's chain of calls. An answer may arrive on the sending thread before {@code submit} returns
     * (a target that answers at once); the work-in-progress counter turns that into a loop instead of a
     * recursion, so the stack stays flat however many calls answer that way.
     */
    private static final class Worker {

        private final MeasuredRun run;
        private final SubmitTarget target;
        private final Supplier<SubmitRequest> requests;
        private final CountDownLatch stopped;
        private final AtomicInteger pending = new AtomicInteger();

        Worker(MeasuredRun run, SubmitTarget target, Supplier<SubmitRequest> requests, CountDownLatch stopped) {
            this.run = run;
            this.target = target;
            this.requests = requests;
            this.stopped = stopped;
        }

        void next() {
            if (pending.getAndIncrement() != 0) {
                return;
            }
            do {
                // One reading decides both whether to send and the call's start, so every call sent is measured.
                long start = System.nanoTime();
                if (start >= run.measureEnd()) {
                    stopped.countDown();
                    return;
                }
                send(start);
            } while (pending.decrementAndGet() != 0);
        }

        private void send(long start) {
            SubmitRequest request = requests.get();
            run.inFlight().sent();
            try {
                target.submit(request, outcome -> {
                    run.answered(start, outcome);
                    next();
                });
            } catch (RuntimeException e) {
                // A call that could not even leave counts as failed, and the worker goes on.
                run.answered(start, Outcome.error(Status.fromThrowable(e).getCode()));
                next();
            }
        }
    }
}
