package dev.bulwark.cases.casefile;

import java.time.Instant;
import java.util.Objects;

/** A reviewer's exclusive, time-limited hold on a case. */
public record Lease(String reviewer, Instant expiresAt) {

    public Lease {
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** A lease ends at its expiry instant: at {@code expiresAt} it no longer protects the case. */
    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public boolean isHeldBy(String candidate, Instant now) {
        return reviewer.equals(candidate) && !isExpiredAt(now);
    }
}
