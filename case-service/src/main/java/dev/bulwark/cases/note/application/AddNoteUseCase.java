package dev.bulwark.cases.note.application;

import dev.bulwark.cases.access.QueueAccess;
import dev.bulwark.cases.access.QueueAccessDeniedException;
import dev.bulwark.cases.casefile.CaseEvent;
import dev.bulwark.cases.casefile.CaseEventType;
import dev.bulwark.cases.casefile.CaseNotFoundException;
import dev.bulwark.cases.casefile.persistence.CaseJournal;
import dev.bulwark.cases.casefile.persistence.CaseRepository;
import dev.bulwark.cases.note.Note;
import dev.bulwark.cases.note.NoteAuthors;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;

/** Adds an internal note to a case in any status, closed cases included; the status never changes. */
@ApplicationScoped
public class AddNoteUseCase {

    private final CaseRepository cases;
    private final CaseJournal journal;
    private final Clock clock;

    public AddNoteUseCase(CaseRepository cases, CaseJournal journal, Clock clock) {
        this.cases = cases;
        this.journal = journal;
        this.clock = clock;
    }

    /**
     * A case the author may not read is not found; one they read but may not write on (a queue they
     * do not work) is refused.
     */
    @WithSpan("AddNote")
    public Uni<Note> add(UUID caseId, String author, QueueAccess access, String text) {
        String checked = Note.validText(text);
        return Panache.withTransaction(() -> cases.findForUpdate(caseId).chain(kase -> {
            if (kase == null || !access.mayRead(kase.queue)) {
                return Uni.createFrom().failure(new CaseNotFoundException(caseId));
            }
            if (!NoteAuthors.mayWrite(access, kase.queue)) {
                return Uni.createFrom().failure(new QueueAccessDeniedException());
            }
            CaseEvent added = kase.state().annotate(CaseEventType.NOTE_ADDED, author, clock.instant());
            Note note = new Note(author, checked, added.occurredAt());
            return journal.append(kase, added, note.toDetails()).replaceWith(note);
        }));
    }
}
