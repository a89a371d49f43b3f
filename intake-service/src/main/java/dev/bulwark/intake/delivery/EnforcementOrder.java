package dev.bulwark.intake.delivery;

import dev.bulwark.intake.submission.Subject;
import java.util.List;
import java.util.UUID;

/**
 * An automatic enforcement, as action-service must receive it, with what produced the decision.
 *
 * @param idempotencyKey derived from the submission, so redelivery never acts twice
 * @param signalIds the classifier signals that count towards the enforced category
 * @param tenant the product team whose user it is; its webhook hears of the action
 * @param language the content's language, for the notice to the user; null when unknown
 */
public record EnforcementOrder(
        String idempotencyKey,
        Subject subject,
        String category,
        String referenceId,
        String policyVersion,
        List<String> modelVersions,
        List<String> signalIds,
        String tenant,
        String language) {

    public EnforcementOrder {
        modelVersions = List.copyOf(modelVersions);
        signalIds = List.copyOf(signalIds);
    }

    /** The idempotency key of a submission's automatic enforcement; it also names the enforcement to case-service. */
    public static String keyOf(UUID submissionId) {
        return "submission:" + submissionId + ":enforce";
    }
}
