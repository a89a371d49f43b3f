package dev.bulwark.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OpenModelTest {

    private static final Phases NO_WARM_UP = new Phases(Duration.ZERO, Duration.ofMillis(400));
    private static final Duration DRAIN = Duration.ofSeconds(5);

    @Test
    void latenciesOfASlowTargetIncludeTheTimeCallsQueued() {
        try (FakeTargets fakes = new FakeTargets()) {
            // 200 calls/s at a server that does 100/s: each call waits behind the ones before it.
            RunResult result = new OpenModel(200, 1000).run("slow", fakes.singleServer(Duration.ofMillis(10)),
                    new Submissions("t", new ContentMix(100, 0, 0)), NO_WARM_UP, DRAIN, Progress.silent());

            LatencyStats stats = LatencyStats.of(result.ok());
            assertThat(stats.count()).isEqualTo(80);
            // The last of 80 calls is due at 395 ms and served at about 800 ms: ~400 ms from when it was due,
            // although no call takes the server more than ~10 ms.
            assertThat(stats.max()).isGreaterThan(250);
            assertThat(stats.p50()).isGreaterThan(100);
            assertThat(result.dropped()).isZero();
        }
    }

    @Test
    void aSenderStalledByTheTargetIsMeasuredFromWhenEachCallWasDue() {
        try (FakeTargets fakes = new FakeTargets()) {
            // Each call blocks the sending thread for 10 ms and then answers at once: measured from sending,
            // every call would take 10 ms; calls are due every 5 ms, so they leave later and later.
            RunResult result = new OpenModel(200, 1000).run("stall", fakes.stallingTheSender(Duration.ofMillis(10)),
                    new Submissions("t", new ContentMix(100, 0, 0)), NO_WARM_UP, DRAIN, Progress.silent());

            LatencyStats stats = LatencyStats.of(result.ok());
            assertThat(stats.count()).isEqualTo(80);
            assertThat(stats.max()).isGreaterThan(250);
            assertThat(result.late()).isGreaterThan(40);
            assertThat(result.maxInFlight()).isEqualTo(1);
        }
    }

    @Test
    void callsDueWhileTheBoundIsReachedAreDroppedAndCounted() {
        try (FakeTargets fakes = new FakeTargets()) {
            // Nothing answers before the run ends, so only the first ten of 400 due calls can leave.
            RunResult result = new OpenModel(1000, 10).run("bound", fakes.answeringAfter(Duration.ofMillis(600)),
                    new Submissions("t", new ContentMix(100, 0, 0)), NO_WARM_UP, DRAIN, Progress.silent());

            assertThat(fakes.calls()).isEqualTo(10);
            assertThat(result.ok().getTotalCount()).isEqualTo(10);
            assertThat(result.dropped()).isEqualTo(390);
            assertThat(result.maxInFlight()).isEqualTo(10);
            assertThat(result.unanswered()).isZero();
        }
    }
}
