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
 * @param policyVersion the policy version the item was decided under
 * @param judgement the classifier's judgement of the content (scores, thresholds reached, signals, model
 *     versions), when the content was judged
 * @param tenant the product team that sent the item; case-service names it when it enforces
 */
public record CaseItem(
        String sourceKey,
        Source source,
        Subject subject,
        String referenceId,
        String surface,
        Optional<SubmittedContent> content,
        Optional<String> category,
        String policyVersion,
        List<String> reasons,
        Optional<Classification> judgement,
        String tenant) {

    /** What the item is. */
    public enum Source {
        SUBMISSION,
        REPORT
    }
}
