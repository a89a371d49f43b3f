package dev.bulwark.cases.reveal.application;

import dev.bulwark.cases.access.QueueAccess;
import dev.bulwark.cases.casefile.CaseEvent;
import dev.bulwark.cases.casefile.CaseEventType;
import dev.bulwark.cases.casefile.CaseNotFoundException;
import dev.bulwark.cases.casefile.persistence.CaseEntity;
import dev.bulwark.cases.casefile.persistence.CaseItemEntity;
import dev.bulwark.cases.casefile.persistence.CaseItemRepository;
import dev.bulwark.cases.casefile.persistence.CaseJournal;
import dev.bulwark.cases.casefile.persistence.CaseRepository;
import dev.bulwark.cases.reveal.ContentReveal;
import dev.bulwark.cases.reveal.ItemNotFoundException;
import dev.bulwark.cases.wellness.persistence.ExposureLedger;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Unblurs one item for one reader. Every call is audited (a CONTENT_REVEALED event) and counted in
 * the reader's daily exposure, in the same transaction: nobody sees content without a trace.
 */
@ApplicationScoped
public class RevealUseCase {

    private final CaseRepository cases;
    private final CaseItemRepository items;
    private final CaseJournal journal;
    private final ExposureLedger exposure;
    private final Clock clock;
    private final MeterRegistry meters;

    public RevealUseCase(CaseRepository cases, CaseItemRepository items, CaseJournal journal, ExposureLedger exposure,
            Clock clock, MeterRegistry meters) {
        this.cases = cases;
        this.items = items;
        this.journal = journal;
        this.exposure = exposure;
        this.clock = clock;
        this.meters = meters;
    }

    /** An item revealed, and the queue of its case. */
    public record Revealed(CaseItemEntity item, String queue) {}

    /** The item with its text, once the reveal is recorded; a case the reader may not read is not found. */
    @WithSpan("RevealContent")
    public Uni<Revealed> reveal(UUID caseId, UUID itemId, String reader, QueueAccess access) {
        return Panache.withTransaction(() -> cases.findForUpdate(caseId).chain(kase -> {
                    if (kase == null || !access.mayRead(kase.queue)) {
                        return Uni.createFrom().failure(new CaseNotFoundException(caseId));
                    }
                    return items.findById(itemId).chain(item -> {
                        if (item == null || !item.caseId.equals(caseId)) {
                            return Uni.createFrom().failure(new ItemNotFoundException());
                        }
                        return record(kase, item, reader).replaceWith(new Revealed(item, kase.queue));
                    });
                }))
                .invoke(revealed -> meters.counter("bulwark.cases.reveals", "queue", revealed.queue()).increment());
    }

    private Uni<Void> record(CaseEntity kase, CaseItemEntity item, String reader) {
        Instant now = clock.instant();
        CaseEvent revealed = kase.state().annotate(CaseEventType.CONTENT_REVEALED, reader, now);
        Uni<Void> audited = journal.append(kase, revealed, new ContentReveal(item.id, kase.category).toDetails())
                .replaceWithVoid();
        return kase.category == null ? audited : audited.chain(() -> exposure.revealed(reader, kase.category, now));
    }
}
