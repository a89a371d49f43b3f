package dev.bulwark.cases.wellness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ExposureLimitsTest {

    private static final ExposureLimits LIMITS = new ExposureLimits(Map.of("sexual/minors", 2, "violence/graphic", 5));

    @Test
    void shouldHoldBackACategoryOnceTheReviewerReachedItsLimit() {
        assertThat(LIMITS.reached(Map.of("sexual/minors", 1, "violence/graphic", 5))).containsExactly("violence/graphic");
        assertThat(LIMITS.reached(Map.of("sexual/minors", 3))).containsExactly("sexual/minors");
    }

    @Test
    void shouldNeverHoldBackACategoryWithoutALimit() {
        assertThat(LIMITS.reached(Map.of("spam", 10_000))).isEmpty();
        assertThat(LIMITS.reached(Map.of())).isEmpty();
    }

    @Test
    void shouldRefuseANegativeLimit() {
        assertThatThrownBy(() -> new ExposureLimits(Map.of("spam", -1))).isInstanceOf(IllegalArgumentException.class);
    }
}
