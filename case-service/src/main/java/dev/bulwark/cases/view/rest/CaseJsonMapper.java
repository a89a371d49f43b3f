package dev.bulwark.cases.view.rest;

import dev.bulwark.cases.casefile.CaseEventType;
import dev.bulwark.cases.casefile.Explanation;
import dev.bulwark.cases.casefile.persistence.CaseEntity;
import dev.bulwark.cases.casefile.persistence.CaseEventEntity;
import dev.bulwark.cases.casefile.persistence.CaseItemEntity;
import dev.bulwark.cases.decision.DecisionRecord;
import dev.bulwark.cases.view.application.CaseDetails;
import dev.bulwark.cases.view.application.CasePage;
import dev.bulwark.cases.view.rest.CaseViewJson.ContentJson;
import dev.bulwark.cases.view.rest.CaseViewJson.DecisionJson;
import dev.bulwark.cases.view.rest.CaseViewJson.EventJson;
import dev.bulwark.cases.view.rest.CaseViewJson.ExplanationJson;
import dev.bulwark.cases.view.rest.CaseViewJson.ItemJson;
import dev.bulwark.cases.view.rest.CaseViewJson.LeaseJson;
import dev.bulwark.cases.view.rest.CaseViewJson.ReasonJson;
import dev.bulwark.cases.view.rest.CaseViewJson.ScoreJson;
import dev.bulwark.cases.view.rest.CaseViewJson.SignalJson;
import dev.bulwark.cases.view.rest.CaseViewJson.SpanJson;
import dev.bulwark.cases.view.rest.CaseViewJson.StandingJson;
import java.util.Comparator;
import java.util.List;

/** Maps case rows to the reviewer JSON; the decision is read back from the DECIDED event. */
public final class CaseJsonMapper {

    private CaseJsonMapper() {}

    public static CasePageJson page(CasePage page) {
        return new CasePageJson(page.cases().stream().map(CaseJsonMapper::summary).toList(),
                page.next() == null ? null : page.next().encode());
    }

    public static CaseSummaryJson summary(CaseEntity c) {
        return new CaseSummaryJson(c.id, c.status.name(), c.queue, subject(c), c.category, c.priority, c.itemCount,
                c.slaDueAt, c.createdAt);
    }

    public static CaseViewJson view(CaseDetails details) {
        CaseEntity c = details.kase();
        LeaseJson lease = c.leaseOwner == null ? null : new LeaseJson(c.leaseOwner, c.leaseExpiresAt);
        DecisionJson decision = details.events().stream()
                .filter(e -> e.type == CaseEventType.DECIDED)
                .reduce((first, second) -> second)
                .map(e -> decision(DecisionRecord.fromDetails(e.details, e.actor, e.occurredAt)))
                .orElse(null);
        return new CaseViewJson(c.id, c.status.name(), c.queue, subject(c), c.category, c.priority, c.itemCount,
                c.slaDueAt, c.createdAt, c.policyVersion, lease,
                details.items().stream().map(CaseJsonMapper::item).toList(),
                details.events().stream().map(CaseJsonMapper::event).toList(),
                decision);
    }

    private static SubjectJson subject(CaseEntity c) {
        return new SubjectJson(c.subjectType.name(), c.subjectId, c.organizationId);
    }

    private static ItemJson item(CaseItemEntity i) {
        return new ItemJson(i.sourceKey, i.source.name(), i.referenceId, i.surface,
                new ContentJson(i.contentText, i.language, true),
                i.scores.entrySet().stream()
                        .map(s -> new ScoreJson(s.getKey(), s.getValue()))
                        .sorted(Comparator.comparingDouble(ScoreJson::confidence).reversed())
                        .toList(),
                List.of(i.reasons), i.receivedAt, i.category, i.policyVersion, List.of(i.modelVersions),
                explanation(i.explanation));
    }

    private static ExplanationJson explanation(Explanation e) {
        return new ExplanationJson(
                e.reasons().stream()
                        .map(r -> new ReasonJson(r.category(), r.verdict(), r.score(), r.threshold(), r.autoEnforce()))
                        .toList(),
                e.signals().stream()
                        .map(s -> new SignalJson(s.id(), s.category(), s.score(),
                                s.evidence().stream().map(span -> new SpanJson(span.start(), span.end())).toList()))
                        .toList());
    }

    private static EventJson event(CaseEventEntity e) {
        return new EventJson(e.type.name(), e.actor, e.occurredAt, e.details);
    }

    private static DecisionJson decision(DecisionRecord d) {
        return new DecisionJson(d.outcome().name(), d.category(), d.action(), d.note(), d.reviewer(), d.decidedAt(),
                d.actionIds(), d.standing() == null ? null
                        : new StandingJson(d.standing().state(), d.standing().activeStrikes()),
                d.policyVersion());
    }
}
