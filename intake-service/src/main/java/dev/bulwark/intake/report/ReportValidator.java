package dev.bulwark.intake.report;

import dev.bulwark.intake.error.Violations;
import dev.bulwark.intake.submission.SubjectRules;
import dev.bulwark.intake.submission.SubmissionValidator;

/** Checks a report against intake's documented limits. */
public final class ReportValidator {

    public static final int MAX_DETAILS_LENGTH = 2_000;

    /** What a submission id must be, wherever a request names one. */
    public static final String SUBMISSION_ID = "must be a submission id returned by Submit";

    private ReportValidator() {}

    public static void validate(NewReport r) {
        Violations v = new Violations()
                .require("idempotency_key", r.idempotencyKey())
                .maxLength("idempotency_key", r.idempotencyKey(), SubmissionValidator.MAX_KEY_LENGTH)
                .check(r.reason() != ReportReason.UNSPECIFIED, "reason", "is required")
                .maxLength("details", r.details(), MAX_DETAILS_LENGTH);
        SubjectRules.check(v, "reporter", r.reporter());
        SubjectRules.check(v, "target", r.target());
        if (r.submissionId() != null && !r.submissionId().isBlank()) {
            v.uuid("submission_id", r.submissionId(), SUBMISSION_ID);
        }
        v.throwIfAny();
    }
}
