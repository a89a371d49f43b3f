package dev.bulwark.intake.delivery;

import dev.bulwark.intake.submission.Subject;

/**
 * An automatic enforcement, as action-service must receive it.
 *
 * @param idempotencyKey derived from the submission, so redelivery never acts twice
 */
public record EnforcementOrder(String idempotencyKey, Subject subject, String category, String referenceId, String policyVersion) {}
