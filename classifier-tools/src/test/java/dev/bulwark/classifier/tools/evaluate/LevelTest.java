package dev.bulwark.classifier.tools.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.policy.Threshold;
import org.junit.jupiter.api.Test;

class LevelTest {

    private static final Threshold THRESHOLD = new Threshold(0.5, 0.85, true);

    @Test
    void shouldBeReachedAtOrAboveItsThreshold() {
        assertThat(Level.REVIEW.reached(0.5, THRESHOLD)).isTrue();
        assertThat(Level.REVIEW.reached(0.49, THRESHOLD)).isFalse();
        assertThat(Level.BLOCK.reached(0.85, THRESHOLD)).isTrue();
        assertThat(Level.BLOCK.reached(0.84, THRESHOLD)).isFalse();
    }

    @Test
    void shouldNeverBeReachedByAZeroScore() {
        assertThat(Level.REVIEW.reached(0, new Threshold(0, 0, false))).isFalse();
    }

    @Test
    void shouldNeverBeReachedWithoutAThreshold() {
        assertThat(Level.BLOCK.reached(1.0, null)).isFalse();
    }
}
