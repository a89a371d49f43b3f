package dev.bulwark.intake.submission.service;

import dev.bulwark.intake.classification.Classification;
import dev.bulwark.intake.submission.NewSubmission;
import dev.bulwark.intake.submission.persistence.SubmissionEntity;
import java.time.Instant;
import java.util.UUID;

/** Builds the stored row of a judged submission. */
final class SubmissionMapping {

    private SubmissionMapping() {}

    static SubmissionEntity toEntity(UUID id, NewSubmission s, String fingerprint, Classification c) {
        SubmissionEntity e = new SubmissionEntity();
        e.id = id;
        e.tenant = s.tenant();
        e.idempotencyKey = s.idempotencyKey();
        e.fingerprint = fingerprint;
        e.surface = s.surface();
        e.authorType = s.author().kind().name();
        e.authorId = s.author().id();
        e.authorOrgId = blankToNull(s.author().organizationId());
        e.contentText = s.content().text();
        e.contentLanguage = blankToNull(s.content().language());
        e.images = new SubmissionEntity.StoredImages(s.content().images());
        e.verdict = c.verdict();
        e.judgement = SubmissionEntity.StoredJudgement.of(c);
        e.policyVersion = c.policyVersion();
        e.fallback = c.fallback();
        e.actionIds = new String[0];
        e.receivedAt = Instant.now();
        return e;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
