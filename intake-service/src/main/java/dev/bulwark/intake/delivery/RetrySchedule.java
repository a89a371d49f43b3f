package dev.bulwark.intake.delivery;

import java.time.Duration;

/** Exponential backoff for outbox retries: 1 s, 2 s, 4 s … capped, never giving up on transient errors. */
public final class RetrySchedule {

    private final Duration first;
    private final Duration cap;

    public RetrySchedule(Duration first, Duration cap) {
        this.first = first;
        this.cap = cap;
    }

    /** Delay before the next attempt after {@code attempts} failed ones (at least 1). */
    public Duration delayAfter(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        Duration delay = first.multipliedBy(1L << doublings);
        return delay.compareTo(cap) > 0 ? cap : delay;
    }
}
