package dev.bulwark.bench.load;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Targets with known behaviour for the harness's tests; each counts the calls it holds. */
final class FakeTargets implements AutoCloseable {

    static final Outcome ALLOW = Outcome.ok("ALLOW");

    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(4);
    private final ScheduledExecutorService server = Executors.newSingleThreadScheduledExecutor();
    private final AtomicInteger holding = new AtomicInteger();
    private final AtomicInteger maxHolding = new AtomicInteger();
    private final AtomicLong calls = new AtomicLong();

    /** Answers each call {@code delay} after it arrives, on another thread; any number at once. */
    SubmitTarget answeringAfter(Duration delay) {
        return (request, done) -> {
            arrived();
            timer.schedule(() -> {
                holding.decrementAndGet();
                done.accept(ALLOW);
            }, delay.toNanos(), TimeUnit.NANOSECONDS);
        };
    }

    /** One call at a time, each taking {@code serviceTime}: calls beyond that wait in its queue. */
    SubmitTarget singleServer(Duration serviceTime) {
        return (request, done) -> {
            arrived();
            server.execute(() -> {
                sleep(serviceTime);
                holding.decrementAndGet();
                done.accept(ALLOW);
            });
        };
    }

    /** Answers on the sending thread before returning, after blocking it for {@code stall}. */
    SubmitTarget stallingTheSender(Duration stall) {
        return (request, done) -> {
            arrived();
            sleep(stall);
            holding.decrementAndGet();
            done.accept(ALLOW);
        };
    }

    int maxHolding() {
        return maxHolding.get();
    }

    long calls() {
        return calls.get();
    }

    private void arrived() {
        calls.incrementAndGet();
        maxHolding.accumulateAndGet(holding.incrementAndGet(), Math::max);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        server.shutdownNow();
    }
}
