package dev.bulwark.cases.qa;

import java.util.Objects;

/**
 * Verified QA samples alike in origin, reviewer, category, both findings and verdict, and how many.
 *
 * @param originalReviewer who made the checked decision; null for automatic enforcements
 * @param category what the figures file the sample under: the checked decision's category, else the
 *     case's; null when neither names one
 */
public record VerifiedGroup(QaOrigin origin, String originalReviewer, String category, Finding original, Finding qa,
        QaVerdict verdict, long count) {

    public VerifiedGroup {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(qa, "qa");
        Objects.requireNonNull(verdict, "verdict");
        if (count < 0) {
            throw new IllegalArgumentException("a count is not negative");
        }
    }

    public boolean overturned() {
        return verdict == QaVerdict.OVERTURNED;
    }
}
