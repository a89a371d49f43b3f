package dev.bulwark.cases.casefile;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A reviewer's exclusive, time-limited hold on a case, taken at {@code claimedAt}. */
public record Lease(String reviewer, Instant claimedAt, Instant expiresAt) {

    public Lease {
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(claimedAt, "claimedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** A lease ends at its expiry instant: at {@code expiresAt} it no longer protects the case. */
    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public boolean isHeldBy(String candidate, Instant now) {
        return reviewer.equals(candidate) && !isExpiredAt(now);
    }

    /** How long the holder has had the case when it is decided at {@code now}. */
    public Duration heldFor(Instant now) {
        Duration held = Duration.between(claimedAt, now);
        return held.isNegative() ? Duration.ZERO : held;
    }
}
