package dev.bulwark.cases.casefile;

import dev.bulwark.cases.casefile.CaseConflictException.Reason;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The projection of a case's events: status, item count, lease and closing time. Commands check a
 * transition against the current state and return the events to append; {@link #apply} folds an
 * event into the state, so the stored status always equals a replay of the log.
 */
public record CaseState(CaseStatus status, int itemCount, Lease lease, Instant closedAt) {

    /** Replays a whole log; the first event must be {@link CaseEventType#OPENED}. */
    public static CaseState replay(List<CaseEvent> events) {
        if (events.isEmpty() || events.get(0).type() != CaseEventType.OPENED) {
            throw new IllegalArgumentException("a case log starts with OPENED");
        }
        CaseState state = opened();
        for (CaseEvent event : events.subList(1, events.size())) {
            state = state.apply(event);
        }
        return state;
    }

    /** The state right after the OPENED event. */
    public static CaseState opened() {
        return new CaseState(CaseStatus.OPEN, 1, null, null);
    }

    /** Folds one event in; an event the state cannot follow is a programming error, not a conflict. */
    public CaseState apply(CaseEvent event) {
        return switch (event.type()) {
            case OPENED -> throw illegal(event);
            case ITEM_ADDED -> {
                requireNot(CaseStatus.CLOSED, event);
                yield new CaseState(status, itemCount + 1, lease, closedAt);
            }
            case CLAIMED -> {
                require(CaseStatus.OPEN, event);
                yield new CaseState(CaseStatus.CLAIMED, itemCount, new Lease(event.actor(), event.leaseExpiresAt()), null);
            }
            case RELEASED, LEASE_EXPIRED -> {
                require(CaseStatus.CLAIMED, event);
                yield new CaseState(CaseStatus.OPEN, itemCount, null, null);
            }
            case DECIDED -> {
                require(CaseStatus.CLAIMED, event);
                yield new CaseState(CaseStatus.CLOSED, itemCount, null, event.occurredAt());
            }
        };
    }

    /** A case is claimable when it waits in its queue or its lease has run out. */
    public boolean isClaimableAt(Instant now) {
        return status == CaseStatus.OPEN || (status == CaseStatus.CLAIMED && lease.isExpiredAt(now));
    }

    public CaseEvent addItem(Instant now) {
        if (status == CaseStatus.CLOSED) {
            throw new CaseConflictException(Reason.CASE_CLOSED);
        }
        return CaseEvent.of(CaseEventType.ITEM_ADDED, CaseEvent.SYSTEM, now);
    }

    /** Leases the case to a reviewer; an expired lease is first recorded as such. */
    public List<CaseEvent> claim(String reviewer, Instant now, Duration leaseDuration) {
        if (status == CaseStatus.CLOSED) {
            throw new CaseConflictException(Reason.CASE_CLOSED);
        }
        if (!isClaimableAt(now)) {
            throw new CaseConflictException(Reason.NOT_CLAIMABLE);
        }
        CaseEvent claimed = new CaseEvent(CaseEventType.CLAIMED, reviewer, now, now.plus(leaseDuration));
        if (status == CaseStatus.CLAIMED) {
            return List.of(CaseEvent.of(CaseEventType.LEASE_EXPIRED, CaseEvent.SYSTEM, now), claimed);
        }
        return List.of(claimed);
    }

    /** Gives the case back; only its lease holder may, even once the lease has run out. */
    public CaseEvent release(String reviewer, Instant now) {
        if (status == CaseStatus.CLOSED) {
            throw new CaseConflictException(Reason.CASE_CLOSED);
        }
        if (status != CaseStatus.CLAIMED || !lease.reviewer().equals(reviewer)) {
            throw new CaseConflictException(Reason.NOT_LEASE_HOLDER);
        }
        return CaseEvent.of(CaseEventType.RELEASED, reviewer, now);
    }

    /** Checks that a reviewer may decide now: the holder of an unexpired lease on an unclosed case. */
    public CaseEvent decide(String reviewer, Instant now) {
        if (status == CaseStatus.CLOSED) {
            throw new CaseConflictException(Reason.CASE_CLOSED);
        }
        if (status != CaseStatus.CLAIMED || !lease.reviewer().equals(reviewer)) {
            throw new CaseConflictException(Reason.NOT_LEASE_HOLDER);
        }
        if (lease.isExpiredAt(now)) {
            throw new CaseConflictException(Reason.LEASE_EXPIRED);
        }
        return CaseEvent.of(CaseEventType.DECIDED, reviewer, now);
    }

    private void require(CaseStatus expected, CaseEvent event) {
        if (status != expected) {
            throw illegal(event);
        }
    }

    private void requireNot(CaseStatus forbidden, CaseEvent event) {
        if (status == forbidden) {
            throw illegal(event);
        }
    }

    private IllegalStateException illegal(CaseEvent event) {
        return new IllegalStateException(event.type() + " cannot follow a case in status " + status);
    }
}
