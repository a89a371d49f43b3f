package dev.bulwark.action.audit.persistence;

import dev.bulwark.action.audit.AuditChain;
import dev.bulwark.action.audit.AuditEntry;
import dev.bulwark.action.audit.AuditEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Appends to and reads the hash-chained audit log. */
@ApplicationScoped
public class AuditLogRepository implements PanacheRepositoryBase<AuditEntryEntity, Long> {

    /** Advisory lock of the chain head (namespace 2; subjects use namespace 1). */
    private static final String LOCK_CHAIN = "select 1 from pg_advisory_xact_lock(2, 0)";

    /**
     * Links the event to the chain head and inserts it. Must run inside the transaction that makes
     * the change it records: the lock is held until that commits, so appends never fork the chain.
     */
    public Uni<AuditEntry> append(AuditEvent event) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(LOCK_CHAIN, Integer.class).getSingleResult())
                .chain(() -> find("order by seq desc").<AuditEntryEntity>firstResult())
                .map(head -> head == null ? AuditChain.GENESIS : head.hash)
                .map(prevHash -> AuditEntryEntity.from(event, prevHash, AuditChain.hash(prevHash, event)))
                .chain(this::persistAndFlush)
                .map(AuditEntryEntity::toDomain);
    }

    /** Up to {@code size} entries after {@code afterSeq}, in chain order. */
    public Uni<List<AuditEntry>> page(long afterSeq, int size) {
        return find("seq > ?1", Sort.ascending("seq"), afterSeq)
                .page(0, size)
                .list()
                .map(rows -> rows.stream().map(AuditEntryEntity::toDomain).toList());
    }
}
