package dev.bulwark.cases.casefile;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a case's event log, as far as the status projection needs it.
 *
 * @param leaseExpiresAt end of the lease a {@link CaseEventType#CLAIMED} event grants; null otherwise
 */
public record CaseEvent(CaseEventType type, String actor, Instant occurredAt, Instant leaseExpiresAt) {

    /** Actor of the events no person causes. */
    public static final String SYSTEM = "system";

    public CaseEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (type == CaseEventType.CLAIMED && leaseExpiresAt == null) {
            throw new IllegalArgumentException("a CLAIMED event needs the lease expiry");
        }
    }

    public static CaseEvent opened(Instant now) {
        return new CaseEvent(CaseEventType.OPENED, SYSTEM, now, null);
    }

    public static CaseEvent of(CaseEventType type, String actor, Instant now) {
        return new CaseEvent(type, actor, now, null);
    }
}
