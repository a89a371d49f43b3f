package dev.bulwark.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.cases.casefile.CaseConflictException.Reason;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseStateTest {

    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(15);

    @Test
    void shouldLeaseAnOpenCaseToTheClaimingReviewer() {
        List<CaseEvent> events = CaseState.opened().claim("ana", T0, LEASE);

        assertThat(events).extracting(CaseEvent::type).containsExactly(CaseEventType.CLAIMED);
        CaseState claimed = CaseState.opened().apply(events.get(0));
        assertThat(claimed.status()).isEqualTo(CaseStatus.CLAIMED);
        assertThat(claimed.lease()).isEqualTo(new Lease("ana", T0, T0.plus(LEASE)));
    }

    @Test
    void shouldRefuseToClaimACaseUnderAnUnexpiredLease() {
        CaseState claimed = claimedBy("ana", T0);

        assertThatThrownBy(() -> claimed.claim("ben", T0.plus(LEASE).minusSeconds(1), LEASE))
                .isInstanceOfSatisfying(CaseConflictException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_CLAIMABLE));
    }

    @Test
    void shouldRecordLeaseExpiredBeforeTheNewClaimWhenTheLeaseRanOut() {
        CaseState claimed = claimedBy("ana", T0);
        Instant later = T0.plus(LEASE);

        List<CaseEvent> events = claimed.claim("ben", later, LEASE);

        assertThat(events).extracting(CaseEvent::type).containsExactly(CaseEventType.LEASE_EXPIRED, CaseEventType.CLAIMED);
        CaseState reclaimed = claimed.apply(events.get(0)).apply(events.get(1));
        assertThat(reclaimed.lease()).isEqualTo(new Lease("ben", later, later.plus(LEASE)));
    }

    @Test
    void shouldTreatTheLeaseAsExpiredAtItsExpiryInstant() {
        Lease lease = new Lease("ana", T0.minusSeconds(60), T0);

        assertThat(lease.isExpiredAt(T0.minusNanos(1))).isFalse();
        assertThat(lease.isExpiredAt(T0)).isTrue();
        assertThat(lease.isHeldBy("ana", T0.minusSeconds(1))).isTrue();
        assertThat(lease.isHeldBy("ben", T0.minusSeconds(1))).isFalse();
    }

    @Test
    void shouldLetOnlyTheLeaseHolderRelease() {
        CaseState claimed = claimedBy("ana", T0);

        assertThatThrownBy(() -> claimed.release("ben", T0))
                .isInstanceOfSatisfying(CaseConflictException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_LEASE_HOLDER));
        CaseState released = claimed.apply(claimed.release("ana", T0.plusSeconds(5)));
        assertThat(released.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(released.lease()).isNull();
    }

    @Test
    void shouldRefuseToReleaseAnOpenCase() {
        assertThatThrownBy(() -> CaseState.opened().release("ana", T0))
                .isInstanceOfSatisfying(CaseConflictException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_LEASE_HOLDER));
    }

    @Test
    void shouldLetTheHolderOfAnUnexpiredLeaseDecideAndCloseTheCase() {
        CaseState claimed = claimedBy("ana", T0);
        Instant at = T0.plusSeconds(60);

        CaseState closed = claimed.apply(claimed.decide("ana", at));

        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.closedAt()).isEqualTo(at);
        assertThat(closed.lease()).isNull();
    }

    @Test
    void shouldRefuseADecisionWithoutTheLease() {
        assertThatThrownBy(() -> CaseState.opened().decide("ana", T0))
                .isInstanceOfSatisfying(CaseConflictException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_LEASE_HOLDER));
        assertThatThrownBy(() -> claimedBy("ana", T0).decide("ben", T0))
                .isInstanceOfSatisfying(CaseConflictException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_LEASE_HOLDER));
    }

    @Test
    void shouldRefuseADecisionOnceTheLeaseExpired() {
        assertThatThrownBy(() -> claimedBy("ana", T0).decide("ana", T0.plus(LEASE)))
                .isInstanceOfSatisfying(CaseConflictException.class, e -> assertThat(e.reason()).isEqualTo(Reason.LEASE_EXPIRED));
    }

    @Test
    void shouldRefuseEverythingOnAClosedCase() {
        CaseState claimed = claimedBy("ana", T0);
        CaseState closed = claimed.apply(claimed.decide("ana", T0));

        for (Runnable attempt : List.<Runnable>of(
                () -> closed.decide("ana", T0),
                () -> closed.claim("ana", T0, LEASE),
                () -> closed.release("ana", T0),
                () -> closed.addItem(T0))) {
            assertThatThrownBy(attempt::run)
                    .isInstanceOfSatisfying(CaseConflictException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CASE_CLOSED));
        }
    }

    @Test
    void shouldCountItemsThatJoinEvenWhileClaimed() {
        CaseState claimed = claimedBy("ana", T0);

        CaseState joined = claimed.apply(claimed.addItem(T0));

        assertThat(joined.itemCount()).isEqualTo(2);
        assertThat(joined.status()).isEqualTo(CaseStatus.CLAIMED);
    }

    @Test
    void shouldProjectTheSameStateWhenTheLogIsReplayed() {
        List<CaseEvent> log = new ArrayList<>();
        log.add(CaseEvent.opened(T0));
        CaseState state = CaseState.opened();
        state = record(log, state, List.of(state.addItem(T0.plusSeconds(1))));
        state = record(log, state, state.claim("ana", T0.plusSeconds(2), LEASE));
        state = record(log, state, state.claim("ben", T0.plus(LEASE).plusSeconds(3), LEASE));
        state = record(log, state, List.of(state.release("ben", T0.plus(LEASE).plusSeconds(4))));

        assertThat(CaseState.replay(log)).isEqualTo(state);
        assertThat(log).extracting(CaseEvent::type).containsExactly(CaseEventType.OPENED, CaseEventType.ITEM_ADDED,
                CaseEventType.CLAIMED, CaseEventType.LEASE_EXPIRED, CaseEventType.CLAIMED, CaseEventType.RELEASED);
        assertThat(state.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(state.itemCount()).isEqualTo(2);
    }

    @Test
    void shouldPassAnEscalatedCaseToSeniorReviewersOnlyOnce() {
        CaseState claimed = claimedBy("ana", T0);

        CaseState escalated = claimed.apply(claimed.escalate("ana", T0.plusSeconds(30)));

        assertThat(escalated.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(escalated.tier()).isEqualTo(ReviewTier.SENIOR);
        CaseState seniorClaim = escalated.apply(escalated.claim("sam", T0.plusSeconds(40), LEASE).get(0));
        assertThatThrownBy(() -> seniorClaim.escalate("sam", T0.plusSeconds(50)))
                .isInstanceOfSatisfying(CaseConflictException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_ESCALATED));
    }

    @Test
    void shouldHoldACaseForInformationUntilANewItemJoins() {
        CaseState claimed = claimedBy("ana", T0);
        Instant holdEnds = T0.plus(Duration.ofHours(72));

        CaseState waiting = claimed.apply(claimed.requestInfo("ana", T0.plusSeconds(10), holdEnds));

        assertThat(waiting.status()).isEqualTo(CaseStatus.AWAITING_INFO);
        assertThat(waiting.holdUntil()).isEqualTo(holdEnds);
        assertThat(waiting.isClaimableAt(holdEnds.minusSeconds(1))).isFalse();
        CaseState informed = waiting.apply(waiting.addItem(T0.plusSeconds(20)));
        assertThat(informed.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(informed.holdUntil()).isNull();
        assertThat(informed.itemCount()).isEqualTo(2);
    }

    @Test
    void shouldRecordResumedBeforeTheClaimWhenAHoldRanOut() {
        CaseState claimed = claimedBy("ana", T0);
        Instant holdEnds = T0.plus(Duration.ofHours(1));
        CaseState waiting = claimed.apply(claimed.requestInfo("ana", T0, holdEnds));

        List<CaseEvent> events = waiting.claim("ben", holdEnds, LEASE);

        assertThat(events).extracting(CaseEvent::type).containsExactly(CaseEventType.RESUMED, CaseEventType.CLAIMED);
        assertThat(waiting.apply(events.get(0)).apply(events.get(1)).lease().reviewer()).isEqualTo("ben");
    }

    @Test
    void shouldLetOnlyTheHolderOfALiveLeaseSkipEscalateOrAskForInformation() {
        CaseState claimed = claimedBy("ana", T0);
        Instant expired = T0.plus(LEASE);

        assertThatThrownBy(() -> claimed.skip("ben", T0))
                .isInstanceOfSatisfying(CaseConflictException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_LEASE_HOLDER));
        assertThatThrownBy(() -> claimed.escalate("ana", expired))
                .isInstanceOfSatisfying(CaseConflictException.class, e -> assertThat(e.reason()).isEqualTo(Reason.LEASE_EXPIRED));
        assertThatThrownBy(() -> claimed.requestInfo("ana", expired, expired.plusSeconds(60)))
                .isInstanceOfSatisfying(CaseConflictException.class, e -> assertThat(e.reason()).isEqualTo(Reason.LEASE_EXPIRED));
        assertThat(claimed.apply(claimed.skip("ana", T0)).status()).isEqualTo(CaseStatus.OPEN);
    }

    @Test
    void shouldRecordNotesAndRevealsWithoutMovingTheStatusEvenWhenClosed() {
        CaseState claimed = claimedBy("ana", T0);
        CaseState closed = claimed.apply(claimed.decide("ana", T0));

        assertThat(closed.apply(closed.annotate(CaseEventType.NOTE_ADDED, "qa-quinn", T0))).isEqualTo(closed);
        assertThat(claimed.apply(claimed.annotate(CaseEventType.CONTENT_REVEALED, "ana", T0))).isEqualTo(claimed);
        assertThatThrownBy(() -> closed.annotate(CaseEventType.DECIDED, "ana", T0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldReturnACaseToItsQueueOnlyOnceItsLeaseOrHoldRanOut() {
        CaseState claimed = claimedBy("ana", T0);
        CaseState waiting = claimed.apply(claimed.requestInfo("ana", T0, T0.plusSeconds(60)));

        assertThat(claimed.returnToQueue(T0.plus(LEASE).minusNanos(1))).isEmpty();
        assertThat(claimed.returnToQueue(T0.plus(LEASE))).map(CaseEvent::type).contains(CaseEventType.LEASE_EXPIRED);
        assertThat(claimed.apply(claimed.returnToQueue(T0.plus(LEASE)).orElseThrow()).status()).isEqualTo(CaseStatus.OPEN);
        assertThat(waiting.returnToQueue(T0.plusSeconds(59))).isEmpty();
        assertThat(waiting.returnToQueue(T0.plusSeconds(60))).map(CaseEvent::type).contains(CaseEventType.RESUMED);
        assertThat(CaseState.opened().returnToQueue(T0.plus(LEASE))).isEmpty();
    }

    @Test
    void shouldMeasureHowLongTheLeaseWasHeld() {
        Lease lease = new Lease("ana", T0, T0.plus(LEASE));

        assertThat(lease.heldFor(T0.plusSeconds(90))).isEqualTo(Duration.ofSeconds(90));
        assertThat(lease.heldFor(T0.minusSeconds(1))).isEqualTo(Duration.ZERO);
    }

    @Test
    void shouldRejectALogThatDoesNotStartWithOpened() {
        assertThatThrownBy(() -> CaseState.replay(List.of(CaseEvent.of(CaseEventType.RELEASED, "ana", T0))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static CaseState record(List<CaseEvent> log, CaseState state, List<CaseEvent> events) {
        CaseState next = state;
        for (CaseEvent event : events) {
            log.add(event);
            next = next.apply(event);
        }
        return next;
    }

    private static CaseState claimedBy(String reviewer, Instant at) {
        CaseState open = CaseState.opened();
        return open.apply(open.claim(reviewer, at, LEASE).get(0));
    }
}
