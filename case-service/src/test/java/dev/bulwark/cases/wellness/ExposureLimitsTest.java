package dev.bulwark.cases.wellness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ExposureLimitsTest {

    @Test
    void shouldKeepTheConfiguredLimits() {
        assertThat(new ExposureLimits(Map.of("sexual/minors", 2)).perCategory()).containsExactly(entry("sexual/minors", 2));
    }

    @Test
    void shouldRefuseANegativeLimit() {
        assertThatThrownBy(() -> new ExposureLimits(Map.of("spam", -1))).isInstanceOf(IllegalArgumentException.class);
    }
}
