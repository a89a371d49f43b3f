package dev.bulwark.bench.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.bench.load.Outcome;
import dev.bulwark.bench.load.SubmitTarget;
import dev.bulwark.demo.client.CanonicalTexts;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DeliveryWarmUpTest {

    @Test
    void sendsUntilACaseAndAnActionAreDelivered() {
        AtomicInteger reviews = new AtomicInteger();
        AtomicInteger blocks = new AtomicInteger();
        // Like a cold intake: the first two REVIEWs fall back without a case, every BLOCK is enforced.
        SubmitTarget intake = (request, done) -> {
            if (request.getContent().getText().equals(CanonicalTexts.BLOCK_THREAT)) {
                blocks.incrementAndGet();
                done.accept(Outcome.ok("BLOCK +action"));
            } else {
                done.accept(Outcome.ok(reviews.incrementAndGet() <= 2 ? "REVIEW fallback" : "REVIEW +case"));
            }
        };

        new DeliveryWarmUp(intake, "t").await(Duration.ofSeconds(5));

        assertThat(reviews).hasValue(3);
        assertThat(blocks).hasValue(1);
    }

    @Test
    void failsWhenNothingIsDeliveredInTime() {
        SubmitTarget intake = (request, done) -> done.accept(Outcome.ok("REVIEW fallback"));

        assertThatThrownBy(() -> new DeliveryWarmUp(intake, "t").await(Duration.ofMillis(200)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("case and an action");
    }
}
