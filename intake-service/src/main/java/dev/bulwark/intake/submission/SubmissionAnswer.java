package dev.bulwark.intake.submission;

import dev.bulwark.intake.classification.Classification;
import java.util.List;
import java.util.UUID;

/** What intake answers for a submission (first time or on replay). */
public record SubmissionAnswer(
        UUID submissionId, Classification classification, String caseId, List<String> actionIds, boolean replayed) {

    public SubmissionAnswer {
        actionIds = List.copyOf(actionIds);
    }
}
