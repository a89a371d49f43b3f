package dev.bulwark.cases.casefile.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Reads the items of cases. */
@ApplicationScoped
public class CaseItemRepository implements PanacheRepositoryBase<CaseItemEntity, UUID> {

    public Uni<CaseItemEntity> findBySourceKey(String sourceKey) {
        return find("sourceKey", sourceKey).firstResult();
    }

    /** A case's items, oldest first. */
    public Uni<List<CaseItemEntity>> listForCase(UUID caseId) {
        return list("caseId = ?1 order by receivedAt, id", caseId);
    }
}
