package dev.bulwark.cases.casefile;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a case's event log, as far as the status projection needs it.
 *
 * @param until end of the lease a {@link CaseEventType#CLAIMED} event grants, or of the hold an
 *     {@link CaseEventType#INFO_REQUESTED} event starts; null otherwise
 */
public record CaseEvent(CaseEventType type, String actor, Instant occurredAt, Instant until) {

    /** Actor of the events no person causes. */
    public static final String SYSTEM = "system";

    public CaseEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if ((type == CaseEventType.CLAIMED || type == CaseEventType.INFO_REQUESTED) && until == null) {
            throw new IllegalArgumentException("a " + type + " event needs its end");
        }
    }

    public static CaseEvent opened(Instant now) {
        return new CaseEvent(CaseEventType.OPENED, SYSTEM, now, null);
    }

    /** A lease of {@code leaseDuration} from {@code now} to the reviewer. */
    public static CaseEvent claimed(String reviewer, Instant now, Duration leaseDuration) {
        return new CaseEvent(CaseEventType.CLAIMED, reviewer, now, now.plus(leaseDuration));
    }

    public static CaseEvent of(CaseEventType type, String actor, Instant now) {
        return new CaseEvent(type, actor, now, null);
    }
}
