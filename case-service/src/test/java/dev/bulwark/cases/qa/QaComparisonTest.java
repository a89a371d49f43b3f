package dev.bulwark.cases.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.cases.decision.Outcome;
import org.junit.jupiter.api.Test;

class QaComparisonTest {

    private static Finding violating(String category) {
        return new Finding(Outcome.VIOLATING, category);
    }

    private static Finding notViolating(String category) {
        return new Finding(Outcome.NOT_VIOLATING, category);
    }

    @Test
    void shouldAgreeOnTheSameViolation() {
        assertThat(QaComparison.of(violating("harassment"), violating("harassment")))
                .isEqualTo(new QaComparison(QaVerdict.AGREED, Correction.NONE));
    }

    @Test
    void shouldAgreeOnNoViolationWhateverCategoryEitherNamed() {
        assertThat(QaComparison.of(notViolating("harassment"), notViolating(null)))
                .isEqualTo(new QaComparison(QaVerdict.AGREED, Correction.NONE));
    }

    @Test
    void shouldRevertAViolationQaFindsNone() {
        assertThat(QaComparison.of(violating("harassment"), notViolating(null)))
                .isEqualTo(new QaComparison(QaVerdict.OVERTURNED, Correction.REVERT_ORIGINAL_ACTIONS));
    }

    @Test
    void shouldEnforceAViolationTheFirstDecisionMissed() {
        assertThat(QaComparison.of(notViolating(null), violating("hate")))
                .isEqualTo(new QaComparison(QaVerdict.OVERTURNED, Correction.ENFORCE));
    }

    @Test
    void shouldCountAnotherCategoryAsOverturnedButLeaveTheActionStanding() {
        assertThat(QaComparison.of(violating("harassment"), violating("hate")))
                .isEqualTo(new QaComparison(QaVerdict.OVERTURNED, Correction.NONE));
    }

    @Test
    void shouldLabelAFindingByItsCategoryOnlyWhenViolating() {
        assertThat(violating("spam").label()).isEqualTo("spam");
        assertThat(notViolating("spam").label()).isEqualTo(Finding.NOT_VIOLATING);
    }

    @Test
    void shouldRefuseFindingsThatDecideNothing() {
        assertThatThrownBy(() -> new Finding(Outcome.ESCALATE, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Finding(Outcome.VIOLATING, " ")).isInstanceOf(IllegalArgumentException.class);
    }
}
