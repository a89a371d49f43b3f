package dev.bulwark.intake.report;

import dev.bulwark.intake.submission.Subject;

/**
 * A user's report as received.
 *
 * @param submissionId the reported submission's id as sent (may be empty or malformed until validated)
 */
public record NewReport(
        String tenant, String idempotencyKey, Subject reporter, Subject target, String submissionId, ReportReason reason, String details) {}
