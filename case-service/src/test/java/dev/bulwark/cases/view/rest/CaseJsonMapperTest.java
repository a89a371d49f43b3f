package dev.bulwark.cases.view.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.bulwark.cases.casefile.CaseEventType;
import dev.bulwark.cases.casefile.CaseKind;
import dev.bulwark.cases.casefile.CaseStatus;
import dev.bulwark.cases.casefile.Explanation;
import dev.bulwark.cases.casefile.ItemSource;
import dev.bulwark.cases.casefile.SubjectType;
import dev.bulwark.cases.casefile.persistence.CaseEntity;
import dev.bulwark.cases.casefile.persistence.CaseEventEntity;
import dev.bulwark.cases.casefile.persistence.CaseItemEntity;
import dev.bulwark.cases.decision.SubjectStanding;
import dev.bulwark.cases.decision.SubjectStanding.PriorAction;
import dev.bulwark.cases.note.Note;
import dev.bulwark.cases.reveal.ContentReveal;
import dev.bulwark.cases.view.PriorCase;
import dev.bulwark.cases.view.application.CaseDetails;
import dev.bulwark.cases.view.application.SubjectHistory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CaseJsonMapperTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private final CaseEntity kase = kase();
    private final CaseItemEntity first = item(kase, "first text");
    private final CaseItemEntity second = item(kase, "second text");
    private final List<CaseEventEntity> events = new ArrayList<>(List.of(event(CaseEventType.OPENED, "system", Map.of())));

    @Test
    void shouldBlurEveryItemTheReaderHasNotRevealed() {
        events.add(event(CaseEventType.CONTENT_REVEALED, "ana", new ContentReveal(first.id, "harassment").toDetails()));
        events.add(event(CaseEventType.CONTENT_REVEALED, "ben", new ContentReveal(second.id, "harassment").toDetails()));
        CaseDetails details = new CaseDetails(kase, List.of(first, second), events);

        CaseViewJson forAna = CaseJsonMapper.view(details, "ana");

        assertThat(forAna.items()).extracting(i -> i.content().text()).containsExactly("first text", null);
        assertThat(forAna.items()).extracting(i -> i.content().blurred()).containsExactly(false, true);
        assertThat(forAna.items()).extracting(CaseViewJson.ItemJson::id).containsExactly(first.id, second.id);
        assertThat(CaseJsonMapper.view(details, null).items()).allSatisfy(i -> {
            assertThat(i.content().text()).isNull();
            assertThat(i.content().blurred()).isTrue();
        });
    }

    @Test
    void shouldListNotesOldestFirstBesideTheHistory() {
        events.add(event(CaseEventType.NOTE_ADDED, "ana", new Note("ana", "first", NOW).toDetails()));
        events.add(event(CaseEventType.NOTE_ADDED, "sam", new Note("sam", "second", NOW).toDetails()));

        CaseViewJson view = CaseJsonMapper.view(new CaseDetails(kase, List.of(first), events), "ana");

        assertThat(view.notes()).extracting(CaseViewJson.NoteJson::author, CaseViewJson.NoteJson::text)
                .containsExactly(tuple("ana", "first"), tuple("sam", "second"));
        assertThat(view.events()).extracting(CaseViewJson.EventJson::type).containsExactly("OPENED", "NOTE_ADDED", "NOTE_ADDED");
    }

    @Test
    void shouldShowTheStandingAndPriorCasesWhenLoaded() {
        UUID prior = UUID.randomUUID();
        SubjectStanding standing = new SubjectStanding("WARNED", 1, 2, null, List.of(
                new PriorAction("act-1", "WARN", "harassment", "REVIEW", NOW, null, false, prior.toString())));
        SubjectHistory history = new SubjectHistory(standing, List.of(
                new PriorCase(prior, CaseKind.REVIEW, CaseStatus.CLOSED, "abuse", "harassment", NOW, NOW, "VIOLATING")));

        CaseViewJson view = CaseJsonMapper.view(new CaseDetails(kase, List.of(first), events, history), "ana");

        assertThat(view.standingUnavailable()).isFalse();
        assertThat(view.standing().state()).isEqualTo("WARNED");
        assertThat(view.standing().totalStrikes()).isEqualTo(2);
        assertThat(view.standing().actions()).extracting(CaseViewJson.PriorActionJson::referenceId).containsExactly(prior.toString());
        assertThat(view.priorCases()).extracting(CaseViewJson.PriorCaseJson::id, CaseViewJson.PriorCaseJson::outcome)
                .containsExactly(tuple(prior, "VIOLATING"));
    }

    @Test
    void shouldSayTheStandingIsUnavailableRatherThanFail() {
        CaseViewJson view = CaseJsonMapper.view(new CaseDetails(kase, List.of(first), events, new SubjectHistory(null, List.of())), "ana");

        assertThat(view.standing()).isNull();
        assertThat(view.standingUnavailable()).isTrue();
        assertThat(view.priorCases()).isEmpty();
    }

    @Test
    void shouldLeaveTheSubjectHistoryOutWhenItWasNotLoaded() {
        CaseViewJson view = CaseJsonMapper.view(new CaseDetails(kase, List.of(first), events), null);

        assertThat(view.standing()).isNull();
        assertThat(view.standingUnavailable()).isFalse();
        assertThat(view.priorCases()).isNull();
    }

    private static CaseEntity kase() {
        CaseEntity c = new CaseEntity();
        c.id = UUID.randomUUID();
        c.kind = CaseKind.REVIEW;
        c.status = CaseStatus.OPEN;
        c.subjectType = SubjectType.ACCOUNT;
        c.subjectId = "user-1";
        c.queue = "abuse";
        c.category = "harassment";
        c.itemCount = 2;
        c.slaDueAt = NOW;
        c.createdAt = NOW;
        return c;
    }

    private static CaseItemEntity item(CaseEntity kase, String text) {
        CaseItemEntity i = new CaseItemEntity();
        i.id = UUID.randomUUID();
        i.caseId = kase.id;
        i.sourceKey = "submission:" + i.id;
        i.source = ItemSource.SUBMISSION;
        i.contentText = text;
        i.language = "en";
        i.scores = Map.of("harassment", 0.7);
        i.reasons = new String[] {"classifier"};
        i.modelVersions = new String[0];
        i.receivedAt = NOW;
        i.explanation = Explanation.NONE;
        return i;
    }

    private static CaseEventEntity event(CaseEventType type, String actor, Map<String, Object> details) {
        CaseEventEntity e = new CaseEventEntity();
        e.type = type;
        e.actor = actor;
        e.details = details;
        e.occurredAt = NOW;
        return e;
    }
}
