package dev.bulwark.cases.view.rest;

import dev.bulwark.cases.casefile.CaseEventType;
import dev.bulwark.cases.casefile.Explanation;
import dev.bulwark.cases.casefile.persistence.CaseEntity;
import dev.bulwark.cases.casefile.persistence.CaseEventEntity;
import dev.bulwark.cases.casefile.persistence.CaseItemEntity;
import dev.bulwark.cases.decision.DecisionRecord;
import dev.bulwark.cases.decision.SubjectStanding;
import dev.bulwark.cases.note.Note;
import dev.bulwark.cases.reveal.ContentReveal;
import dev.bulwark.cases.view.PriorCase;
import dev.bulwark.cases.view.application.CaseDetails;
import dev.bulwark.cases.view.application.CasePage;
import dev.bulwark.cases.view.application.SubjectHistory;
import dev.bulwark.cases.view.rest.CaseViewJson.ContentJson;
import dev.bulwark.cases.view.rest.CaseViewJson.DecisionJson;
import dev.bulwark.cases.view.rest.CaseViewJson.EventJson;
import dev.bulwark.cases.view.rest.CaseViewJson.ExplanationJson;
import dev.bulwark.cases.view.rest.CaseViewJson.ItemJson;
import dev.bulwark.cases.view.rest.CaseViewJson.LeaseJson;
import dev.bulwark.cases.view.rest.CaseViewJson.NoteJson;
import dev.bulwark.cases.view.rest.CaseViewJson.PriorActionJson;
import dev.bulwark.cases.view.rest.CaseViewJson.PriorCaseJson;
import dev.bulwark.cases.view.rest.CaseViewJson.ReasonJson;
import dev.bulwark.cases.view.rest.CaseViewJson.ScoreJson;
import dev.bulwark.cases.view.rest.CaseViewJson.SignalJson;
import dev.bulwark.cases.view.rest.CaseViewJson.SpanJson;
import dev.bulwark.cases.view.rest.CaseViewJson.StandingJson;
import dev.bulwark.cases.view.rest.CaseViewJson.SubjectStandingJson;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Maps case rows to the reviewer JSON; the decision, notes and reveals are read back from the events. */
public final class CaseJsonMapper {

    private CaseJsonMapper() {}

    public static CasePageJson page(CasePage page) {
        return new CasePageJson(page.cases().stream().map(CaseJsonMapper::summary).toList(),
                page.next() == null ? null : page.next().encode());
    }

    public static CaseSummaryJson summary(CaseEntity c) {
        return new CaseSummaryJson(c.id, c.kind.name(), c.status.name(), c.queue, subject(c), c.category, c.priority,
                c.itemCount, c.slaDueAt, c.createdAt, c.leaseOwner);
    }

    /**
     * The case as {@code reader} sees it: only the items the reader has revealed come with their text
     * (none when {@code reader} is null).
     */
    public static CaseViewJson view(CaseDetails details, String reader) {
        CaseEntity c = details.kase();
        LeaseJson lease = c.leaseOwner == null ? null : new LeaseJson(c.leaseOwner, c.leaseExpiresAt);
        DecisionJson decision = details.events().stream()
                .filter(e -> e.type == CaseEventType.DECIDED)
                .reduce((first, second) -> second)
                .map(e -> decision(DecisionRecord.fromDetails(e.details, e.actor, e.occurredAt)))
                .orElse(null);
        Set<UUID> revealed = revealedBy(reader, details.events());
        SubjectHistory history = details.history();
        return new CaseViewJson(c.id, c.kind.name(), c.status.name(), c.queue, subject(c), c.category, c.priority,
                c.itemCount, c.slaDueAt, c.createdAt, c.policyVersion, lease,
                details.items().stream().map(i -> item(i, revealed.contains(i.id))).toList(),
                details.events().stream().map(CaseJsonMapper::event).toList(),
                decision,
                notes(details.events()),
                history == null || history.standingUnavailable() ? null : standing(history.standing()),
                history != null && history.standingUnavailable(),
                history == null ? null : history.priorCases().stream().map(CaseJsonMapper::priorCase).toList());
    }

    /** The item; its text only when {@code revealed}. */
    public static ItemJson item(CaseItemEntity i, boolean revealed) {
        return new ItemJson(i.id, i.sourceKey, i.source.name(), i.referenceId, i.surface,
                new ContentJson(revealed ? i.contentText : null, i.language, !revealed),
                i.scores.entrySet().stream()
                        .map(s -> new ScoreJson(s.getKey(), s.getValue()))
                        .sorted(Comparator.comparingDouble(ScoreJson::confidence).reversed())
                        .toList(),
                List.of(i.reasons), i.receivedAt, i.category, i.policyVersion, List.of(i.modelVersions),
                explanation(i.explanation));
    }

    public static NoteJson note(Note note) {
        return new NoteJson(note.author(), note.text(), note.writtenAt());
    }

    private static Set<UUID> revealedBy(String reader, List<CaseEventEntity> events) {
        if (reader == null) {
            return Set.of();
        }
        return events.stream()
                .filter(e -> e.type == CaseEventType.CONTENT_REVEALED && reader.equals(e.actor))
                .map(e -> ContentReveal.fromDetails(e.details).itemId())
                .collect(Collectors.toUnmodifiableSet());
    }

    private static List<NoteJson> notes(List<CaseEventEntity> events) {
        return events.stream()
                .filter(e -> e.type == CaseEventType.NOTE_ADDED)
                .map(e -> note(Note.fromEvent(e.actor, e.details, e.occurredAt)))
                .toList();
    }

    private static SubjectStandingJson standing(SubjectStanding s) {
        return new SubjectStandingJson(s.state(), s.activeStrikes(), s.totalStrikes(), s.suspendedUntil(),
                s.actions().stream()
                        .map(a -> new PriorActionJson(a.id(), a.type(), a.category(), a.origin(), a.createdAt(),
                                a.expiresAt(), a.reverted(), a.referenceId()))
                        .toList());
    }

    private static PriorCaseJson priorCase(PriorCase p) {
        return new PriorCaseJson(p.id(), p.kind().name(), p.status().name(), p.queue(), p.category(), p.createdAt(),
                p.closedAt(), p.outcome());
    }

    private static SubjectJson subject(CaseEntity c) {
        return new SubjectJson(c.subjectType.name(), c.subjectId, c.organizationId);
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
