package dev.bulwark.cases.qa.application;

import dev.bulwark.cases.casefile.CaseKind;
import dev.bulwark.cases.casefile.ExclusionReason;
import dev.bulwark.cases.casefile.persistence.CaseEntity;
import dev.bulwark.cases.casefile.persistence.CaseExclusions;
import dev.bulwark.cases.casefile.persistence.CaseItemEntity;
import dev.bulwark.cases.casefile.persistence.CaseItemRepository;
import dev.bulwark.cases.decision.DecisionRecord;
import dev.bulwark.cases.decision.application.DecisionRecorded;
import dev.bulwark.cases.platform.config.CasesConfig;
import dev.bulwark.cases.qa.QaOrigin;
import dev.bulwark.cases.qa.SampleRate;
import dev.bulwark.cases.qa.persistence.QaSampleEntity;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.UUID;

/**
 * Samples reviewers' closing decisions on review cases for QA, in the transaction that records the
 * decision: the case id decides, so a retried decision is sampled alike. The QA case copies the items
 * the reviewer saw; that reviewer is never handed it.
 */
// Created at startup, so a sample rate outside [0, 1] stops the service instead of every decision.
@Startup
@ApplicationScoped
public class ReviewSampling implements DecisionRecorded {

    /** Prefix of a QA copy's source key; the original keys are unique, and a decision is sampled once. */
    static final String COPY_PREFIX = "qa:";

    private final CaseItemRepository items;
    private final CaseExclusions exclusions;
    private final QaCaseOpener opener;
    private final SampleRate rate;

    public ReviewSampling(CaseItemRepository items, CaseExclusions exclusions, QaCaseOpener opener, CasesConfig config) {
        this.items = items;
        this.exclusions = exclusions;
        this.opener = opener;
        this.rate = new SampleRate(config.qa().reviewSampleRate());
    }

    @Override
    public Uni<Void> onRecorded(CaseEntity kase, DecisionRecord record) {
        if (kase.kind != CaseKind.REVIEW || !rate.picks(kase.id.toString())) {
            return Uni.createFrom().voidItem();
        }
        Instant now = record.decidedAt();
        return items.listForCase(kase.id)
                .chain(seen -> opener.open(new QaCaseOpener.QaCase(kase.subject(), kase.category, kase.policyVersion,
                        kase.reach, seen.stream().map(ReviewSampling::copy).toList(), sample(kase, record),
                        kase.tenant), now))
                .chain(qa -> exclusions.exclude(qa.id, record.reviewer(), ExclusionReason.ORIGINAL_DECIDER));
    }

    private static QaSampleEntity sample(CaseEntity kase, DecisionRecord record) {
        QaSampleEntity sample = new QaSampleEntity();
        sample.origin = QaOrigin.REVIEW;
        sample.sampledCaseId = kase.id;
        sample.actionIds = record.actionIds().toArray(String[]::new);
        sample.originalReviewer = record.reviewer();
        sample.originalOutcome = record.outcome();
        sample.originalCategory = record.category();
        sample.sampledAt = record.decidedAt();
        return sample;
    }

    /** A new row with the original's content, scores and explanation, received when the original was. */
    private static CaseItemEntity copy(CaseItemEntity original) {
        CaseItemEntity copy = new CaseItemEntity();
        copy.id = UUID.randomUUID();
        copy.sourceKey = COPY_PREFIX + original.sourceKey;
        copy.source = original.source;
        copy.referenceId = original.referenceId;
        copy.surface = original.surface;
        copy.contentText = original.contentText;
        copy.language = original.language;
        copy.scores = new LinkedHashMap<>(original.scores);
        copy.reasons = original.reasons.clone();
        copy.receivedAt = original.receivedAt;
        copy.category = original.category;
        copy.policyVersion = original.policyVersion;
        copy.modelVersions = original.modelVersions.clone();
        copy.explanation = original.explanation;
        copy.traceParent = original.traceParent;
        return copy;
    }
}
