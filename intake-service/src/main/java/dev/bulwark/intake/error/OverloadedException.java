package dev.bulwark.intake.error;

/** The replica is at its in-flight limit; the caller should retry after a short delay. */
public class OverloadedException extends RuntimeException {

    public OverloadedException(int maxInFlight) {
        super("intake is at capacity (" + maxInFlight + " calls in flight); retry with backoff");
    }
}
