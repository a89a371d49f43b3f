package dev.bulwark.classifier.tools.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CategoryMetricsTest {

    private static ConfusionCounts counts(int tp, int fp, int fn, int tn) {
        ConfusionCounts counts = new ConfusionCounts();
        for (int i = 0; i < tp; i++) {
            counts.record(true, true);
        }
        for (int i = 0; i < fp; i++) {
            counts.record(false, true);
        }
        for (int i = 0; i < fn; i++) {
            counts.record(true, false);
        }
        for (int i = 0; i < tn; i++) {
            counts.record(false, false);
        }
        return counts;
    }

    @Test
    void shouldCountEachOutcomeOfARow() {
        ConfusionCounts counts = counts(3, 2, 1, 4);

        assertThat(counts.truePositives()).isEqualTo(3);
        assertThat(counts.falsePositives()).isEqualTo(2);
        assertThat(counts.falseNegatives()).isEqualTo(1);
        assertThat(counts.trueNegatives()).isEqualTo(4);
        assertThat(counts.support()).isEqualTo(4);
        assertThat(counts.predicted()).isEqualTo(5);
        assertThat(counts.negatives()).isEqualTo(6);
    }

    @Test
    void shouldComputePrecisionRecallF1AndFalsePositiveRate() {
        CategoryMetrics m = CategoryMetrics.of("spam", counts(3, 2, 1, 4));

        assertThat(m.precision()).isCloseTo(0.6, within(1e-12));
        assertThat(m.recall()).isCloseTo(0.75, within(1e-12));
        assertThat(m.f1()).isCloseTo(2 * 0.6 * 0.75 / (0.6 + 0.75), within(1e-12));
        assertThat(m.falsePositiveRate()).isCloseTo(2.0 / 6, within(1e-12));
        assertThat(m.precisionInterval()).isEqualTo(WilsonInterval.of(3, 5));
        assertThat(m.recallInterval()).isEqualTo(WilsonInterval.of(3, 4));
        assertThat(m.observed()).isTrue();
    }

    @Test
    void shouldLeaveEveryFigureOutForACategoryNeitherLabelledNorPredicted() {
        CategoryMetrics m = CategoryMetrics.of("sexual/minors", counts(0, 0, 0, 7));

        assertThat(m.observed()).isFalse();
        assertThat(m.precision()).isNull();
        assertThat(m.recall()).isNull();
        assertThat(m.f1()).isNull();
        assertThat(m.precisionInterval()).isNull();
        assertThat(m.falsePositiveRate()).isEqualTo(0.0);
    }

    @Test
    void shouldScoreACategoryThatIsLabelledButNeverFoundAsF1Zero() {
        CategoryMetrics m = CategoryMetrics.of("hate", counts(0, 0, 3, 5));

        assertThat(m.precision()).isNull();
        assertThat(m.recall()).isEqualTo(0.0);
        assertThat(m.f1()).isEqualTo(0.0);
    }

    @Test
    void shouldScoreACategoryThatIsOnlyEverWronglyPredicted() {
        CategoryMetrics m = CategoryMetrics.of("fraud", counts(0, 2, 0, 5));

        assertThat(m.precision()).isEqualTo(0.0);
        assertThat(m.recall()).isNull();
        assertThat(m.f1()).isEqualTo(0.0);
        assertThat(m.falsePositiveRate()).isCloseTo(2.0 / 7, within(1e-12));
    }
}
