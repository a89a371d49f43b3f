package dev.bulwark.cases.qa;

import java.util.List;

/**
 * Quality figures of a time window. The review figures cover reviewers' decisions that QA checked:
 * samples taken in the window, and those verified in it (how many QA overturned, and Cohen's kappa
 * between the first and the QA labels), as a whole, per reviewer and per category. The automation
 * figures cover automatic enforcements.
 *
 * @param samples reviewers' decisions sampled for QA in the window
 * @param overturns QA verdicts in the window that overturned a reviewer's decision, out of all verified
 * @param kappa agreement between reviewers and QA over the labels (the category when violating,
 *     NOT_VIOLATING otherwise); null when undefined (no verified samples, or a single label throughout)
 */
public record QualityReport(QualityWindow window, long samples, Rate overturns, Double kappa,
        List<ReviewerFigures> byReviewer, List<CategoryFigures> byCategory, AutomationFigures automation) {

    public QualityReport {
        byReviewer = List.copyOf(byReviewer);
        byCategory = List.copyOf(byCategory);
    }

    /** One reviewer's verified decisions and how many QA overturned. */
    public record ReviewerFigures(String reviewer, Rate overturns) {}

    /** One category's verified decisions and how many QA overturned; category null when none was named. */
    public record CategoryFigures(String category, Rate overturns) {}

    /**
     * Automatic enforcements: how many were offered for QA and sampled in the window, and how many were
     * confirmed or overturned, by QA verdicts (a category mismatch counts as overturned, as in the review
     * figures) and by resolved appeals of automated actions.
     */
    public record AutomationFigures(long enforced, long sampled, Tally fromQa, Tally fromAppeals) {

        public Tally checked() {
            return fromQa.plus(fromAppeals);
        }

        /** Confirmed out of all checked automatic enforcements. */
        public Rate precision() {
            return checked().precision();
        }
    }
}
