package dev.bulwark.classifier.shadow.service;

import dev.bulwark.classifier.decision.OutcomeChange;
import dev.bulwark.classifier.policy.service.PolicyLifecycleService;
import dev.bulwark.classifier.scoring.Classification;
import dev.bulwark.classifier.scoring.Classifier;
import dev.bulwark.classifier.shadow.ShadowOutcome;
import dev.bulwark.policy.PolicyDocument;
import dev.bulwark.policy.Surface;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Runs the shadowed candidate policy beside the one in force: the same signals are scored and decided
 * under the candidate, never acted on, and the outcome is recorded for the disagreement summary.
 */
@ApplicationScoped
public class ShadowEvaluation {

    private final PolicyLifecycleService lifecycle;
    private final ShadowRecorder recorder;

    public ShadowEvaluation(PolicyLifecycleService lifecycle, ShadowRecorder recorder) {
        this.lifecycle = lifecycle;
        this.recorder = recorder;
    }

    /** Shadows {@code decided} (the decision in force on {@code surface}) for submission {@code submissionId}. */
    public void shadow(Classifier classifier, Surface surface, String submissionId, Classification decided) {
        Optional<PolicyDocument> candidate = lifecycle.candidate()
                .filter(c -> !c.version().equals(decided.policyVersion()));
        if (candidate.isEmpty() || submissionId.isBlank()) {
            return;
        }
        PolicyDocument policy = candidate.get();
        // A candidate without this surface decides nothing on it, so there is nothing to compare.
        policy.policy().surface(surface.id()).ifPresent(candidateSurface -> {
            Classification reconsidered = classifier.reconsider(policy.policy(), candidateSurface, decided);
            recorder.record(new ShadowOutcome(submissionId, surface.id(), decided.policyVersion(), policy.version(),
                    OutcomeChange.between(decided.decision(), reconsidered.decision())));
        });
    }
}
