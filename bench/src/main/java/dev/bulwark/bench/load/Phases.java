package dev.bulwark.bench.load;

import java.time.Duration;

/** A warm-up whose calls are not recorded, then the measured time. */
public record Phases(Duration warmUp, Duration measured) {

    public Phases {
        if (warmUp.isNegative() || measured.isNegative() || measured.isZero()) {
            throw new IllegalArgumentException("warm-up must not be negative and the measured time must be positive");
        }
    }
}
