package dev.bulwark.cases.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.bulwark.cases.decision.Outcome;
import dev.bulwark.cases.qa.QualityReport.CategoryFigures;
import dev.bulwark.cases.qa.QualityReport.ReviewerFigures;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class QualityFiguresTest {

    private static final QualityWindow WINDOW =
            new QualityWindow(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"));

    private static final Finding HARASSMENT = new Finding(Outcome.VIOLATING, "harassment");
    private static final Finding HATE = new Finding(Outcome.VIOLATING, "hate");
    private static final Finding NONE = new Finding(Outcome.NOT_VIOLATING, null);

    private static VerifiedGroup review(String reviewer, String category, Finding original, Finding qa, long count) {
        return new VerifiedGroup(QaOrigin.REVIEW, reviewer, category, original, qa,
                QaComparison.of(original, qa).verdict(), count);
    }

    private static VerifiedGroup automated(Finding qa, long count) {
        return new VerifiedGroup(QaOrigin.AUTOMATED, null, "harassment", HARASSMENT, qa,
                QaComparison.of(HARASSMENT, qa).verdict(), count);
    }

    @Test
    void shouldCountOverturnsAsAWholePerReviewerAndPerCategory() {
        QualityReport report = QualityFigures.of(WINDOW, 30, List.of(
                review("ana", "harassment", HARASSMENT, HARASSMENT, 8),
                review("ana", "harassment", HARASSMENT, NONE, 2),
                review("ben", "hate", NONE, HATE, 1),
                review("ben", "harassment", HARASSMENT, HATE, 1),
                review("ben", "hate", HATE, HATE, 3)), Tally.NONE, 0, 0);

        assertThat(report.samples()).isEqualTo(30);
        assertThat(report.overturns()).isEqualTo(new Rate(4, 15));
        assertThat(report.byReviewer()).containsExactly(
                new ReviewerFigures("ana", new Rate(2, 10)),
                new ReviewerFigures("ben", new Rate(2, 5)));
        assertThat(report.byCategory()).containsExactly(
                new CategoryFigures("harassment", new Rate(3, 11)),
                new CategoryFigures("hate", new Rate(1, 4)));
    }

    @Test
    void shouldComputeKappaOverTheLabelsOfReviewersDecisionsOnly() {
        QualityReport report = QualityFigures.of(WINDOW, 50, List.of(
                review("ana", "harassment", HARASSMENT, HARASSMENT, 20),
                review("ana", "harassment", HARASSMENT, NONE, 5),
                review("ben", "harassment", NONE, HARASSMENT, 10),
                review("ben", "harassment", NONE, NONE, 15),
                automated(NONE, 40)), Tally.NONE, 0, 0);

        assertThat(report.kappa()).as("the textbook table, automation left out").isCloseTo(0.4, within(1e-12));
    }

    @Test
    void shouldTakeAutomationPrecisionFromQaVerdictsAndAppealsWithTheirCounts() {
        QualityReport report = QualityFigures.of(WINDOW, 0, List.of(
                automated(HARASSMENT, 6),
                automated(NONE, 1),
                automated(HATE, 1)), new Tally(9, 2), 400, 8);

        QualityReport.AutomationFigures automation = report.automation();
        assertThat(automation.enforced()).isEqualTo(400);
        assertThat(automation.sampled()).isEqualTo(8);
        assertThat(automation.fromQa()).as("another category counts as overturned").isEqualTo(new Tally(6, 2));
        assertThat(automation.fromAppeals()).isEqualTo(new Tally(9, 2));
        assertThat(automation.precision()).isEqualTo(new Rate(15, 19));
        assertThat(automation.precision().value()).isCloseTo(15.0 / 19, within(1e-12));
        assertThat(report.overturns()).as("automation is not a reviewer").isEqualTo(new Rate(0, 0));
    }

    @Test
    void shouldLeaveRatesNullWithoutData() {
        QualityReport report = QualityFigures.of(WINDOW, 0, List.of(), Tally.NONE, 0, 0);

        assertThat(report.kappa()).isNull();
        assertThat(report.overturns().value()).isNull();
        assertThat(report.byReviewer()).isEmpty();
        assertThat(report.byCategory()).isEmpty();
        assertThat(report.automation().precision().value()).isNull();
    }

    @Test
    void shouldFileSamplesWithoutACategoryLast() {
        QualityReport report = QualityFigures.of(WINDOW, 2, List.of(
                review("ana", null, NONE, NONE, 1),
                review("ana", "spam", NONE, NONE, 1)), Tally.NONE, 0, 0);

        assertThat(report.byCategory()).extracting(CategoryFigures::category).containsExactly("spam", null);
    }
}
