package dev.bulwark.intake.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.intake.error.OverloadedException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class CapacityLimitTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final CapacityLimit limit = new CapacityLimit(2, meters);

    @Test
    void shouldRefuseTheCallBeyondTheLimitAtOnceAndAdmitAgainWhenOneEnds() {
        CompletableFuture<String> first = new CompletableFuture<>();
        CompletableFuture<String> second = new CompletableFuture<>();
        UniAssertSubscriber<String> a = limit.admit(() -> Uni.createFrom().completionStage(first)).subscribe().withSubscriber(UniAssertSubscriber.create());
        UniAssertSubscriber<String> b = limit.admit(() -> Uni.createFrom().completionStage(second)).subscribe().withSubscriber(UniAssertSubscriber.create());

        UniAssertSubscriber<String> third = limit.admit(() -> Uni.createFrom().item("never run")).subscribe().withSubscriber(UniAssertSubscriber.create());
        third.assertFailedWith(OverloadedException.class, "at capacity (2 calls in flight)");
        assertThat(gauge()).isEqualTo(2.0);
        assertThat(meters.counter("bulwark.intake.overload.refusals").count()).isEqualTo(1.0);

        first.complete("done");
        a.assertItem("done");
        limit.admit(() -> Uni.createFrom().item("admitted")).subscribe().withSubscriber(UniAssertSubscriber.create()).assertItem("admitted");
        second.completeExceptionally(new IllegalStateException("failed calls free their slot too"));
        b.assertFailedWith(IllegalStateException.class);
        assertThat(gauge()).isZero();
    }

    @Test
    void shouldFreeTheSlotOfACancelledCall() {
        UniAssertSubscriber<Object> abandoned = limit.admit(() -> Uni.createFrom().nothing()).subscribe().withSubscriber(UniAssertSubscriber.create());
        limit.admit(() -> Uni.createFrom().nothing()).subscribe().withSubscriber(UniAssertSubscriber.create());
        assertThat(gauge()).isEqualTo(2.0);

        abandoned.cancel();

        assertThat(gauge()).isEqualTo(1.0);
        limit.admit(() -> Uni.createFrom().item("admitted")).subscribe().withSubscriber(UniAssertSubscriber.create()).assertItem("admitted");
    }

    @Test
    void shouldNotCountACallThatFailsBeforeItStarts() {
        limit.admit(() -> { throw new IllegalArgumentException("bad request"); })
                .subscribe().withSubscriber(UniAssertSubscriber.create()).assertFailedWith(IllegalArgumentException.class);

        assertThat(gauge()).isZero();
    }

    private double gauge() {
        return meters.get("bulwark.intake.in_flight").gauge().value();
    }
}
