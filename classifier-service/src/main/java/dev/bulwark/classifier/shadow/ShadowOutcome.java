package dev.bulwark.classifier.shadow;

import dev.bulwark.classifier.decision.OutcomeChange;
import java.util.List;

/**
 * What a shadowed candidate policy would have decided differently on one scored submission.
 *
 * @param submissionId the caller's correlation id (intake's submission id)
 * @param changes one entry per category whose outcome differs; empty when both policies agree
 */
public record ShadowOutcome(
        String submissionId, String surface, String activeVersion, String candidateVersion, List<OutcomeChange> changes) {

    public ShadowOutcome {
        changes = List.copyOf(changes);
    }

    public boolean disagrees() {
        return !changes.isEmpty();
    }
}
