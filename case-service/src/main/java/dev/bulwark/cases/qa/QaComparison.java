package dev.bulwark.cases.qa;

/** The verdict of a QA decision on the decision it checked, and the correction it calls for. */
public record QaComparison(QaVerdict verdict, Correction correction) {

    public static QaComparison of(Finding original, Finding qa) {
        if (original.label().equals(qa.label())) {
            return new QaComparison(QaVerdict.AGREED, Correction.NONE);
        }
        if (original.isViolating() && !qa.isViolating()) {
            return new QaComparison(QaVerdict.OVERTURNED, Correction.REVERT_ORIGINAL_ACTIONS);
        }
        if (!original.isViolating() && qa.isViolating()) {
            return new QaComparison(QaVerdict.OVERTURNED, Correction.ENFORCE);
        }
        // Both found a violation, in different categories: a disagreement for the figures, but the
        // subject did break a rule, so the action stands rather than being swapped for another.
        return new QaComparison(QaVerdict.OVERTURNED, Correction.NONE);
    }
}
