package dev.bulwark.intake.appeal;

import dev.bulwark.intake.error.Violations;
import dev.bulwark.intake.submission.SubjectRules;
import dev.bulwark.intake.submission.SubmissionValidator;

/** Checks an appeal against intake's documented limits, naming every invalid field at once. */
public final class AppealValidator {

    public static final int MAX_ACTION_ID_LENGTH = 256;
    public static final int MAX_STATEMENT_LENGTH = 4_000;

    /** What an appeal id must be, wherever a request names one. */
    public static final String APPEAL_ID = "must be an appeal id returned by Appeal";

    private AppealValidator() {}

    public static void validate(NewAppeal appeal) {
        Violations v = new Violations()
                .require("idempotency_key", appeal.idempotencyKey())
                .maxLength("idempotency_key", appeal.idempotencyKey(), SubmissionValidator.MAX_KEY_LENGTH)
                .require("action_id", appeal.actionId())
                .maxLength("action_id", appeal.actionId(), MAX_ACTION_ID_LENGTH);
        SubjectRules.check(v, "subject", appeal.subject());
        v.maxLength("statement", appeal.statement(), MAX_STATEMENT_LENGTH).throwIfAny();
    }

    public static void validateAppealId(String appealId) {
        new Violations().uuid("appeal_id", appealId, APPEAL_ID).throwIfAny();
    }
}
