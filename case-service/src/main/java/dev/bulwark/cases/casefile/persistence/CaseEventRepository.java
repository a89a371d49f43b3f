package dev.bulwark.cases.casefile.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Reads the event log of cases. */
@ApplicationScoped
public class CaseEventRepository implements PanacheRepositoryBase<CaseEventEntity, Long> {

    /** A case's events in the order they happened. */
    public Uni<List<CaseEventEntity>> listForCase(UUID caseId) {
        return list("caseId = ?1 order by id", caseId);
    }
}
