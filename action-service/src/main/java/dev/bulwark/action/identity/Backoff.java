package dev.bulwark.action.identity;

import java.time.Duration;

/** Delay before the next try of a failed effect: doubling from {@code initial}, never above {@code max}. */
public record Backoff(Duration initial, Duration max) {

    /** The delay after the {@code attempts}-th failed attempt (1 for the first). */
    public Duration after(int attempts) {
        Duration delay = initial;
        for (int i = 1; i < attempts && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
