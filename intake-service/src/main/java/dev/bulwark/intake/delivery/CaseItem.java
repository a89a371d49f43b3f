package dev.bulwark.intake.delivery;

import dev.bulwark.intake.classification.Classification;
import dev.bulwark.intake.submission.Subject;
import dev.bulwark.intake.submission.SubmittedContent;
import java.util.List;
import java.util.Optional;

/**
 * An item for human review, as case-service must receive it.
 *
 * @param sourceKey unique per item ({@code submission:<id>} or {@code report:<id>}); case-service dedupes on it
 */
public record CaseItem(
        String sourceKey,
        Source source,
        Subject subject,
        String referenceId,
        String surface,
        Optional<SubmittedContent> content,
        List<Classification.Score> scores,
        Optional<String> category,
        String policyVersion,
        List<String> reasons) {

    /** What the item is. */
    public enum Source {
        SUBMISSION,
        REPORT
    }
}
