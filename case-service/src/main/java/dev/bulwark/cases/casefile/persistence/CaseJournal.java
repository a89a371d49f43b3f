package dev.bulwark.cases.casefile.persistence;

import dev.bulwark.cases.casefile.CaseEvent;
import dev.bulwark.cases.casefile.CaseState;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * The only writer of a case's status: appends an event to {@code case_events} and stores the
 * projected state in the case row, in the caller's transaction.
 */
@ApplicationScoped
public class CaseJournal {

    private final CaseRepository cases;
    private final CaseEventRepository events;

    public CaseJournal(CaseRepository cases, CaseEventRepository events) {
        this.cases = cases;
        this.events = events;
    }

    /**
     * Inserts a new case with its OPENED event. The case row is flushed at once so a lost race on
     * the one-unclosed-case-per-subject index fails here, before anything else is written.
     */
    public Uni<CaseEntity> open(CaseEntity kase, CaseEvent opened, Map<String, Object> details) {
        kase.project(CaseState.opened(), opened.occurredAt());
        return cases.persistAndFlush(kase)
                .chain(() -> events.persist(eventRow(kase, opened, details)))
                .replaceWith(kase);
    }

    /** Appends an event to an existing (locked) case and projects it onto the row. */
    public Uni<CaseEntity> append(CaseEntity kase, CaseEvent event, Map<String, Object> details) {
        kase.project(kase.state().apply(event), event.occurredAt());
        return events.persist(eventRow(kase, event, details)).replaceWith(kase);
    }

    private static CaseEventEntity eventRow(CaseEntity kase, CaseEvent event, Map<String, Object> details) {
        CaseEventEntity row = new CaseEventEntity();
        row.caseId = kase.id;
        row.type = event.type();
        row.actor = event.actor();
        row.details = details;
        row.occurredAt = event.occurredAt();
        return row;
    }
}
