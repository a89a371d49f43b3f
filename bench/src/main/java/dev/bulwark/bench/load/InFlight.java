package dev.bulwark.bench.load;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/** Calls sent and not yet answered, and the most there ever were at once. */
final class InFlight {

    private final AtomicInteger current = new AtomicInteger();
    private final AtomicInteger max = new AtomicInteger();

    void sent() {
        int now = current.incrementAndGet();
        max.accumulateAndGet(now, Math::max);
    }

    void answered() {
        current.decrementAndGet();
    }

    int current() {
        return current.get();
    }

    int max() {
        return max.get();
    }

    /** Waits until every call is answered or {@code timeout} passes; returns how many are still out. */
    int awaitNone(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (current.get() > 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
        return current.get();
    }
}
