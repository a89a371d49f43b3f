package dev.bulwark.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ClosedLoopTest {

    private static final Duration DRAIN = Duration.ofSeconds(5);

    @Test
    void aTargetThatThrowsCountsFailedCallsAndTheLoopGoesOn() {
        RunResult result = new ClosedLoop(2).run("throws", (request, done) -> {
            throw new IllegalStateException("channel shut down");
        }, new Submissions("t", new ContentMix(100, 0, 0)), new Phases(Duration.ZERO, Duration.ofMillis(200)), DRAIN,
                Progress.silent());

        assertThat(result.errors()).containsOnlyKeys("UNKNOWN");
        assertThat(result.errorCount()).isGreaterThan(100);
        assertThat(result.ok().getTotalCount()).isZero();
    }

    @Test
    void keepsExactlyTheWorkersCallsInFlightAndRefillsEachAnsweredOne() {
        try (FakeTargets fakes = new FakeTargets()) {
            RunResult result = new ClosedLoop(8).run("closed", fakes.answeringAfter(Duration.ofMillis(2)),
                    new Submissions("t", new ContentMix(100, 0, 0)), new Phases(Duration.ZERO, Duration.ofMillis(500)),
                    DRAIN, Progress.silent());

            assertThat(fakes.maxHolding()).isEqualTo(8);
            assertThat(result.maxInFlight()).isEqualTo(8);
            // Each worker sent many calls one after another, not just its first.
            assertThat(result.ok().getTotalCount()).isGreaterThan(8 * 20).isEqualTo(fakes.calls());
            assertThat(result.unanswered()).isZero();
        }
    }

    @Test
    void callsStartedInTheWarmUpAreAnsweredButNotRecorded() {
        try (FakeTargets fakes = new FakeTargets()) {
            RunResult result = new ClosedLoop(4).run("warm", fakes.answeringAfter(Duration.ofMillis(2)),
                    new Submissions("t", new ContentMix(100, 0, 0)), new Phases(Duration.ofMillis(300), Duration.ofMillis(300)),
                    DRAIN, Progress.silent());

            assertThat(result.ok().getTotalCount()).isPositive().isLessThan(fakes.calls());
        }
    }

    @Test
    @Timeout(30) // a recursion would overflow the worker's stack and leave the run waiting for it
    void aTargetAnsweringOnTheSendingThreadRunsInALoopNotARecursion() {
        try (FakeTargets fakes = new FakeTargets()) {
            RunResult result = new ClosedLoop(2).run("inline", (request, done) -> done.accept(FakeTargets.ALLOW),
                    new Submissions("t", new ContentMix(100, 0, 0)), new Phases(Duration.ZERO, Duration.ofSeconds(1)),
                    DRAIN, Progress.silent());

            // Nested callbacks take several frames per call: a thread's stack would overflow long before this.
            assertThat(result.ok().getTotalCount()).isGreaterThan(10_000);
            assertThat(result.maxInFlight()).isEqualTo(2);
        }
    }
}
