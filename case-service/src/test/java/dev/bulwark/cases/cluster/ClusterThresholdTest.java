package dev.bulwark.cases.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClusterThresholdTest {

    @Test
    void shouldAdmitDistancesUpToTheThreshold() {
        ClusterThreshold three = new ClusterThreshold(3);

        assertThat(three.admits(3)).isTrue();
        assertThat(three.admits(4)).isFalse();
    }

    @Test
    void shouldRefuseAThresholdTheBandLookupCannotHonour() {
        assertThatThrownBy(() -> new ClusterThreshold(4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bulwark.cases.cluster.max-distance");
        assertThatThrownBy(() -> new ClusterThreshold(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
