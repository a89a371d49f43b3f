package dev.bulwark.classifier.tools.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BinaryMetricsTest {

    @Test
    void shouldCountDecisionsAtOrAboveTheThreshold() {
        BinaryMetrics m = BinaryMetrics.at(0.6,
                new double[] {0.9, 0.6, 0.59, 0.7, 0.1},
                new boolean[] {true, true, true, false, false});

        assertThat(m).isEqualTo(new BinaryMetrics(2, 1, 1, 1));
        assertThat(m.precision()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(m.recall()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(m.f1()).isCloseTo(2 / 3.0, within(1e-12));
    }
}
