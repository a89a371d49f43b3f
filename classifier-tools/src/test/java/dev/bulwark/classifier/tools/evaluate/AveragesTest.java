package dev.bulwark.classifier.tools.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AveragesTest {

    private static final List<String> CATEGORIES = List.of("harassment", "spam", "fraud", "hate");

    /**
     * harassment: 2 of 2 found, no false alarm (P 1, R 1); spam: 1 of 2 found, 1 false alarm (P 0.5, R 0.5);
     * fraud: one false alarm only (P 0, R n/a); hate: never labelled nor predicted (left out).
     */
    private static LevelMetrics review() {
        ConfusionTally tally = new ConfusionTally(CATEGORIES);
        tally.record(Set.of("harassment"), Map.of(Level.REVIEW, Set.of("harassment")));
        tally.record(Set.of("harassment", "spam"), Map.of(Level.REVIEW, Set.of("harassment", "spam")));
        tally.record(Set.of("spam"), Map.of(Level.REVIEW, Set.of()));
        tally.record(Set.of(), Map.of(Level.REVIEW, Set.of("spam", "fraud")));
        return tally.metrics("all").at(Level.REVIEW);
    }

    @Test
    void shouldAverageOverTheCategoriesWhereAFigureExists() {
        Averages averages = review().averages();

        assertThat(averages.categories()).isEqualTo(3);
        assertThat(averages.macroPrecision()).isCloseTo((1.0 + 0.5 + 0.0) / 3, within(1e-12));
        assertThat(averages.macroRecall()).isCloseTo((1.0 + 0.5) / 2, within(1e-12));
        assertThat(averages.macroF1()).isCloseTo((1.0 + 0.5 + 0.0) / 3, within(1e-12));
    }

    @Test
    void shouldPoolTheCountsForTheMicroFigures() {
        CategoryMetrics micro = review().averages().micro();

        assertThat(micro.truePositives()).isEqualTo(3);
        assertThat(micro.falsePositives()).isEqualTo(2);
        assertThat(micro.falseNegatives()).isEqualTo(1);
        assertThat(micro.precision()).isCloseTo(3.0 / 5, within(1e-12));
        assertThat(micro.recall()).isCloseTo(3.0 / 4, within(1e-12));
        // 4 rows x 4 categories = 16 pairs, 4 of them labelled: 12 negatives, 2 of them predicted.
        assertThat(micro.falsePositiveRate()).isCloseTo(2.0 / 12, within(1e-12));
    }

    @Test
    void shouldHaveNoAveragesWhenNothingWasLabelledOrPredicted() {
        ConfusionTally tally = new ConfusionTally(CATEGORIES);
        tally.record(Set.of(), Map.of());

        Averages averages = tally.metrics("all").at(Level.BLOCK).averages();

        assertThat(averages.categories()).isZero();
        assertThat(averages.macroPrecision()).isNull();
        assertThat(averages.macroRecall()).isNull();
        assertThat(averages.macroF1()).isNull();
        assertThat(averages.macroFalsePositiveRate()).isNull();
    }
}
