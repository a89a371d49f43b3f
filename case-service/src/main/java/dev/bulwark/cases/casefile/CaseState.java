package dev.bulwark.cases.casefile;

import dev.bulwark.cases.casefile.CaseConflictException.Reason;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The projection of a case's events: status, item count, lease, review tier, hold and closing time.
 * Commands check a transition against the current state and return the events to append;
 * {@link #apply} folds an event into the state, so the stored status always equals a replay of the log.
 *
 * @param lease the reviewer holding the case; set exactly when the status is CLAIMED
 * @param holdUntil when a hold for more information runs out; set exactly when AWAITING_INFO
 */
public record CaseState(CaseStatus status, int itemCount, Lease lease, Instant closedAt, ReviewTier tier, Instant holdUntil) {

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
        return new CaseState(CaseStatus.OPEN, 1, null, null, ReviewTier.STANDARD, null);
    }

    /** Folds one event in; an event the state cannot follow is a programming error, not a conflict. */
    public CaseState apply(CaseEvent event) {
        return switch (event.type()) {
            case OPENED -> throw illegal(event);
            case NOTE_ADDED, CONTENT_REVEALED, CLUSTERED -> this;
            case ITEM_ADDED -> {
                requireNot(CaseStatus.CLOSED, event);
                yield status == CaseStatus.AWAITING_INFO
                        ? new CaseState(CaseStatus.OPEN, itemCount + 1, null, null, tier, null)
                        : new CaseState(status, itemCount + 1, lease, closedAt, tier, holdUntil);
            }
            case RESUMED -> {
                require(CaseStatus.AWAITING_INFO, event);
                yield new CaseState(CaseStatus.OPEN, itemCount, null, null, tier, null);
            }
            case CLAIMED -> {
                require(CaseStatus.OPEN, event);
                yield new CaseState(CaseStatus.CLAIMED, itemCount,
                        new Lease(event.actor(), event.occurredAt(), event.until()), null, tier, null);
            }
            case RELEASED, SKIPPED, LEASE_EXPIRED -> {
                require(CaseStatus.CLAIMED, event);
                yield new CaseState(CaseStatus.OPEN, itemCount, null, null, tier, null);
            }
            case ESCALATED -> {
                require(CaseStatus.CLAIMED, event);
                yield new CaseState(CaseStatus.OPEN, itemCount, null, null, ReviewTier.SENIOR, null);
            }
            case INFO_REQUESTED -> {
                require(CaseStatus.CLAIMED, event);
                yield new CaseState(CaseStatus.AWAITING_INFO, itemCount, null, null, tier, event.until());
            }
            case DECIDED -> {
                require(CaseStatus.CLAIMED, event);
                yield new CaseState(CaseStatus.CLOSED, itemCount, null, event.occurredAt(), tier, null);
            }
        };
    }

    /**
     * A case is claimable when it waits in its queue, its lease has run out, or its hold for more
     * information has run out.
     */
    public boolean isClaimableAt(Instant now) {
        return switch (status) {
            case OPEN -> true;
            case CLAIMED -> lease.isExpiredAt(now);
            case AWAITING_INFO -> !now.isBefore(holdUntil);
            case CLOSED -> false;
        };
    }

    public CaseEvent addItem(Instant now) {
        if (status == CaseStatus.CLOSED) {
            throw new CaseConflictException(Reason.CASE_CLOSED);
        }
        return CaseEvent.of(CaseEventType.ITEM_ADDED, CaseEvent.SYSTEM, now);
    }

    /**
     * Leases the case to a reviewer; a lease or hold that ran out is first recorded as such, so the
     * log says why the case came back.
     */
    public List<CaseEvent> claim(String reviewer, Instant now, Duration leaseDuration) {
        if (status == CaseStatus.CLOSED) {
            throw new CaseConflictException(Reason.CASE_CLOSED);
        }
        if (!isClaimableAt(now)) {
            throw new CaseConflictException(Reason.NOT_CLAIMABLE);
        }
        CaseEvent claimed = CaseEvent.claimed(reviewer, now, leaseDuration);
        return switch (status) {
            case CLAIMED -> List.of(CaseEvent.of(CaseEventType.LEASE_EXPIRED, CaseEvent.SYSTEM, now), claimed);
            case AWAITING_INFO -> List.of(CaseEvent.of(CaseEventType.RESUMED, CaseEvent.SYSTEM, now), claimed);
            default -> List.of(claimed);
        };
    }

    /**
     * Returns a case whose lease or hold ran out to its queue: LEASE_EXPIRED or RESUMED; empty when
     * neither has run out.
     */
    public Optional<CaseEvent> returnToQueue(Instant now) {
        if (status == CaseStatus.CLAIMED && lease.isExpiredAt(now)) {
            return Optional.of(CaseEvent.of(CaseEventType.LEASE_EXPIRED, CaseEvent.SYSTEM, now));
        }
        if (status == CaseStatus.AWAITING_INFO && !now.isBefore(holdUntil)) {
            return Optional.of(CaseEvent.of(CaseEventType.RESUMED, CaseEvent.SYSTEM, now));
        }
        return Optional.empty();
    }

    /** Gives the case back; only its lease holder may, even once the lease has run out. */
    public CaseEvent release(String reviewer, Instant now) {
        requireHolder(reviewer);
        return CaseEvent.of(CaseEventType.RELEASED, reviewer, now);
    }

    /** Gives the case back so that another reviewer takes it; the caller is not handed it again. */
    public CaseEvent skip(String reviewer, Instant now) {
        requireHolder(reviewer);
        return CaseEvent.of(CaseEventType.SKIPPED, reviewer, now);
    }

    /** Passes the case to senior reviewers; a senior case cannot go higher. */
    public CaseEvent escalate(String reviewer, Instant now) {
        requireLiveLease(reviewer, now);
        if (tier == ReviewTier.SENIOR) {
            throw new CaseConflictException(Reason.ALREADY_ESCALATED);
        }
        return CaseEvent.of(CaseEventType.ESCALATED, reviewer, now);
    }

    /** Puts the case on hold until {@code holdUntil}, or until a new item about the subject joins. */
    public CaseEvent requestInfo(String reviewer, Instant now, Instant holdUntil) {
        requireLiveLease(reviewer, now);
        if (!holdUntil.isAfter(now)) {
            throw new IllegalArgumentException("a hold ends in the future");
        }
        return new CaseEvent(CaseEventType.INFO_REQUESTED, reviewer, now, holdUntil);
    }

    /** Checks that a reviewer may decide now: the holder of an unexpired lease on an unclosed case. */
    public CaseEvent decide(String reviewer, Instant now) {
        requireLiveLease(reviewer, now);
        return CaseEvent.of(CaseEventType.DECIDED, reviewer, now);
    }

    /** A note, reveal or clustering; recorded in any status, closed cases included. */
    public CaseEvent annotate(CaseEventType type, String actor, Instant now) {
        if (!type.isAnnotation()) {
            throw new IllegalArgumentException(type + " is not an annotation");
        }
        return CaseEvent.of(type, actor, now);
    }

    private void requireHolder(String reviewer) {
        if (status == CaseStatus.CLOSED) {
            throw new CaseConflictException(Reason.CASE_CLOSED);
        }
        if (status != CaseStatus.CLAIMED || !lease.reviewer().equals(reviewer)) {
            throw new CaseConflictException(Reason.NOT_LEASE_HOLDER);
        }
    }

    private void requireLiveLease(String reviewer, Instant now) {
        requireHolder(reviewer);
        if (lease.isExpiredAt(now)) {
            throw new CaseConflictException(Reason.LEASE_EXPIRED);
        }
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
