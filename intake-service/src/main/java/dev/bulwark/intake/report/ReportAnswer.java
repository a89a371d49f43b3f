package dev.bulwark.intake.report;

import java.util.UUID;

/** What intake answers for a report: its id and the case it opened or joined, once delivered. */
public record ReportAnswer(UUID reportId, String caseId, boolean replayed) {

    /** A digest of what a report asks for, to tell a replay from a reused key. */
    public static String fingerprint(NewReport r) {
        return new dev.bulwark.intake.submission.Fingerprint.Digest()
                .add(r.reporter().kind().name()).add(r.reporter().id())
                .add(r.target().kind().name()).add(r.target().id()).add(r.target().organizationId())
                .add(r.submissionId()).add(r.reason().name()).add(r.details())
                .hex();
    }
}
