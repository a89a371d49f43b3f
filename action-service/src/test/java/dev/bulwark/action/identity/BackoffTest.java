package dev.bulwark.action.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5));

    @Test
    void shouldDoubleTheDelayAfterEachFailure() {
        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.after(4)).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void shouldNeverWaitLongerThanTheCap() {
        assertThat(backoff.after(9)).isEqualTo(Duration.ofSeconds(256));
        assertThat(backoff.after(10)).isEqualTo(Duration.ofMinutes(5));
        assertThat(backoff.after(10_000)).isEqualTo(Duration.ofMinutes(5));
    }
}
