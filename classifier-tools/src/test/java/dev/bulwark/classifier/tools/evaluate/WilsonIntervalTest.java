package dev.bulwark.classifier.tools.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WilsonIntervalTest {

    /** Newcombe (1998), "Two-sided confidence intervals for the single proportion", Table I, score method. */
    @ParameterizedTest
    @CsvSource({
        "81, 263, 0.2553, 0.3662",
        "15, 148, 0.0624, 0.1605",
        "0, 20, 0.0000, 0.1611",
        "1, 29, 0.0061, 0.1718"
    })
    void shouldMatchPublishedIntervals(long successes, long trials, double lower, double upper) {
        WilsonInterval interval = WilsonInterval.of(successes, trials);

        assertThat(interval.lower()).isCloseTo(lower, within(0.00005));
        assertThat(interval.upper()).isCloseTo(upper, within(0.00005));
    }

    @Test
    void shouldStayInsideTheUnitIntervalAtTheExtremes() {
        WilsonInterval all = WilsonInterval.of(10, 10);

        assertThat(all.upper()).isEqualTo(1.0);
        assertThat(all.lower()).isCloseTo(0.7225, within(0.00005));
    }

    @Test
    void shouldHaveNoIntervalWithoutTrials() {
        assertThat(WilsonInterval.of(0, 0)).isNull();
    }

    @Test
    void shouldRefuseMoreSuccessesThanTrials() {
        assertThatThrownBy(() -> WilsonInterval.of(3, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
